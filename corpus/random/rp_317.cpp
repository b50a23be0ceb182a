// Random pipeline (seed 317): 8 stages over image2d 2560x1536 float input.
// Steps: boundary, upsample, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp317 : public Generator<Rp317> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, resize2_x{"resize2_x"}, resize2_y{"resize2_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        up1_x(x, y) = 0.25f * in0((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * in0(x / 2, y);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        Expr resize2_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize2_x_ix = cast<int32_t>(floor(resize2_x_sx));
        Expr resize2_x_fx = resize2_x_sx - cast<float>(resize2_x_ix);
        resize2_x(x, y) = lerp(up1_y(resize2_x_ix, y), up1_y(resize2_x_ix + 1, y), resize2_x_fx);
        Expr resize2_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize2_y_iy = cast<int32_t>(floor(resize2_y_sy));
        Expr resize2_y_fy = resize2_y_sy - cast<float>(resize2_y_iy);
        resize2_y(x, y) = lerp(resize2_x(x, resize2_y_iy), resize2_x(x, resize2_y_iy + 1), resize2_y_fy);
        output(x, y) = cast<uint16_t>(clamp(resize2_y(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1536}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 6826}, {0, 4096}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            resize2_y.compute_at(output, xo).vectorize(x, 8);
            resize2_x.compute_root().vectorize(x, 16).parallel(y);
            up1_y.compute_at(resize2_x, y).vectorize(x, 8);
            in0.compute_at(up1_y, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp317, rp_317)
