// Random pipeline (seed 78): 9 stages over image3d 1920x768x4 float input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp78 : public Generator<Rp78> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y, c);
        output(x, y, c) = (in1(x, y, c) + in0(x, y, c)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 768}, {0, 4}});
        input2.set_estimates({{0, 1920}, {0, 768}, {0, 4}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1920}, {0, 768}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp78, rp_78)
