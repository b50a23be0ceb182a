// Random pipeline (seed 462): 5 stages over image2d 512x1280 uint16 input.
// Steps: boundary, upsample, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp462 : public Generator<Rp462> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, up2{"up2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        up1_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.000015f);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y) = lerp(lerp(up1_y(x / 2, y / 2), up1_y(x / 2 + 1, y / 2), up2_fx), lerp(up1_y(x / 2, y / 2 + 1), up1_y(x / 2 + 1, y / 2 + 1), up2_fx), up2_fy);
        output(x, y) = cast<uint16_t>(clamp(up2(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1280}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 2048}, {0, 5120}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp462, rp_462)
