// Random pipeline (seed 510): 4 stages over image2d 1536x640 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp510 : public Generator<Rp510> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        output(x, y) = cast<int16_t>(clamp((cast<float>(in0(x, y)) * 0.003922f) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 640}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1536}, {0, 640}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            in0.compute_at(output, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp510, rp_510)
