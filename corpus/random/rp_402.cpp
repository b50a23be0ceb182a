// Random pipeline (seed 402): 5 stages over tensor4d 56x56x8x4 uint8 input.
// Steps: boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp402 : public Generator<Rp402> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, up1{"up1"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        Expr up1_fx = cast<float>(x % 2) * 0.5f;
        Expr up1_fy = cast<float>(y % 2) * 0.5f;
        up1(x, y, c, n) = lerp(lerp((cast<float>(in0(x / 2, y / 2, c, n)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2, c, n)) * 0.003922f), up1_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1, c, n)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2 + 1, c, n)) * 0.003922f), up1_fx), up1_fy);
        output(x, y, c, n) = cast<uint8_t>(clamp(up1(x, y, c, n) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 4}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 112}, {0, 112}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            up1.compute_root().vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp402, rp_402)
