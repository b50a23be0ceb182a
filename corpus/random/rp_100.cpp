// Random pipeline (seed 100): 6 stages over image3d 1024x1024x3 float input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp100 : public Generator<Rp100> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, erode1{"erode1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        erode1(x, y, c) = min(min(min(min(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        output(x, y, c) = erode1(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1024}, {0, 3}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1024}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            erode1.compute_at(output, yi).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp100, rp_100)
