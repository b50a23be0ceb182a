// Random pipeline (seed 468): 6 stages over tensor3d 112x112x16 float input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp468 : public Generator<Rp468> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        output(x, y, c) = (in1(x, y) + in0(x, y, c)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 16}});
        input2.set_estimates({{0, 112}, {0, 112}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 112}, {0, 112}, {0, 16}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            in1.compute_at(output, yo).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp468, rp_468)
