// Random pipeline (seed 315): 4 stages over tensor3d 16x16x16 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp315 : public Generator<Rp315> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(in0(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 16}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 16}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp315, rp_315)
