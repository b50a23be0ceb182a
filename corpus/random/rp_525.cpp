// Random pipeline (seed 525): 5 stages over image2d 1280x2048 uint16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp525 : public Generator<Rp525> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        output(x, y) = cast<uint16_t>(clamp((cast<float>(in0(x, y)) * 0.000015f) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2048}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1280}, {0, 2048}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            in0.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp525, rp_525)
