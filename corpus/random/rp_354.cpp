// Random pipeline (seed 354): 4 stages over image2d 768x768 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp354 : public Generator<Rp354> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        output(x, y) = cast<uint16_t>(clamp(in0(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 768}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 768}, {0, 768}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp354, rp_354)
