// Random pipeline (seed 502): 6 stages over tensor3d 28x28x24 float input.
// Steps: boundary, boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp502 : public Generator<Rp502> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        pw2(x, y, c) = sqrt(abs(in1(x, y, c)) + 1.0f);
        output(x, y, c) = (pw2(x, y, c) + in0(x, y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 24}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 24}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            pw2.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp502, rp_502)
