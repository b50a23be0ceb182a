// Random pipeline (seed 219): 6 stages over image2d 384x1024 float input.
// Steps: boundary, boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp219 : public Generator<Rp219> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        pw2(x, y) = exp(-abs(in1(x, y)));
        output(x, y) = (pw2(x, y) + in0(x, y)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1024}});
        input2.set_estimates({{0, 384}, {0, 1024}});
        output.set_estimates({{0, 384}, {0, 1024}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(output, yi).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp219, rp_219)
