// Random pipeline (seed 340): 15 stages over image2d 2048x1920 int16 input.
// Steps: boundary, separable, upsample, separable, transpose, resample, upsample, conv, activation, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp340 : public Generator<Rp340> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv7;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, up2{"up2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"};
    Func tr4{"tr4"}, resize5{"resize5"}, up6_x{"up6_x"}, up6_y{"up6_y"}, conv7{"conv7"}, relu8{"relu8"};
    Func erode9{"erode9"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        blur1_x(x, y) = ((cast<float>(in0(x - 2, y)) * 0.000031f) + 4.0f * (cast<float>(in0(x - 1, y)) * 0.000031f) + 6.0f * (cast<float>(in0(x, y)) * 0.000031f) + 4.0f * (cast<float>(in0(x + 1, y)) * 0.000031f) + (cast<float>(in0(x + 2, y)) * 0.000031f)) * 0.0625f;
        blur1_y(x, y) = (blur1_x(x, y - 2) + 4.0f * blur1_x(x, y - 1) + 6.0f * blur1_x(x, y) + 4.0f * blur1_x(x, y + 1) + blur1_x(x, y + 2)) * 0.0625f;
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y) = lerp(lerp(blur1_y(x / 2, y / 2), blur1_y(x / 2 + 1, y / 2), up2_fx), lerp(blur1_y(x / 2, y / 2 + 1), blur1_y(x / 2 + 1, y / 2 + 1), up2_fx), up2_fy);
        blur3_x(x, y) = (up2(x - 1, y) + 3.0f * up2(x, y) + 3.0f * up2(x + 1, y) + up2(x + 2, y)) * 0.125f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + 3.0f * blur3_x(x, y) + 3.0f * blur3_x(x, y + 1) + blur3_x(x, y + 2)) * 0.125f;
        tr4(x, y) = blur3_y(y, x);
        Expr resize5_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize5_ix = cast<int32_t>(floor(resize5_sx));
        Expr resize5_fx = resize5_sx - cast<float>(resize5_ix);
        Expr resize5_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize5_iy = cast<int32_t>(floor(resize5_sy));
        Expr resize5_fy = resize5_sy - cast<float>(resize5_iy);
        resize5(x, y) = lerp(lerp(tr4(resize5_ix, resize5_iy), tr4(resize5_ix + 1, resize5_iy), resize5_fx), lerp(tr4(resize5_ix, resize5_iy + 1), tr4(resize5_ix + 1, resize5_iy + 1), resize5_fx), resize5_fy);
        up6_x(x, y) = 0.25f * tr4((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * tr4(x / 2, y);
        up6_y(x, y) = 0.25f * up6_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up6_x(x, y / 2);
        r_conv7 = RDom(0, 5, 0, 5, "r_conv7");
        conv7(x, y) = 0.0f;
        conv7(x, y) += up6_y(x + r_conv7.x - 2, y + r_conv7.y - 2) * exp(-cast<float>((r_conv7.x - 2) * (r_conv7.x - 2) + (r_conv7.y - 2) * (r_conv7.y - 2)) * 0.8f);
        relu8(x, y) = max(conv7(x, y), 0.0f);
        erode9(x, y) = min(min(min(min(resize5(x, y), resize5(x - 1, y)), resize5(x + 1, y)), resize5(x, y - 1)), resize5(x, y + 1));
        output(x, y) = cast<int16_t>(clamp((erode9(x, y) + relu8(x * 8 / 5, y * 8 / 5)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1920}});
        output.set_estimates({{0, 4800}, {0, 5120}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            erode9.compute_root().vectorize(x, 8).parallel(y);
            relu8.compute_root().vectorize(x, 16).parallel(y);
            conv7.compute_at(relu8, y).vectorize(x, 16);
            conv7.update(0).vectorize(x, 16).unroll(r_conv7.x);
            up6_x.compute_root().vectorize(x, 16).parallel(y);
            resize5.compute_at(erode9, y).vectorize(x, 8);
            up2.compute_root().vectorize(x, 8).parallel(y);
            blur1_x.compute_at(up2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp340, rp_340)
