// Random pipeline (seed 490): 19 stages over image2d 1280x768 float input.
// Steps: boundary, upsample, activation, binary, binary, reduction, resample, activation, lut, resample, lut, lut, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp490 : public Generator<Rp490> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_rmax5;
    Func in0{"in0"}, up1{"up1"}, act2{"act2"}, mn3{"mn3"}, mx4{"mx4"}, rmax5{"rmax5"};
    Func resize6{"resize6"}, act7{"act7"}, curve8{"curve8"}, lut9{"lut9"}, resize10_x{"resize10_x"}, resize10_y{"resize10_y"};
    Func lut11{"lut11"}, lut12{"lut12"}, lut13{"lut13"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        Expr up1_fx = cast<float>(x % 2) * 0.5f;
        Expr up1_fy = cast<float>(y % 2) * 0.5f;
        up1(x, y) = lerp(lerp(in0(x / 2, y / 2), in0(x / 2 + 1, y / 2), up1_fx), lerp(in0(x / 2, y / 2 + 1), in0(x / 2 + 1, y / 2 + 1), up1_fx), up1_fy);
        act2(x, y) = clamp(up1(x, y) * 6.0f, 0.0f, 6.0f);
        mn3(x, y) = min(act2(x, y), up1(x, y));
        mx4(x, y) = max(mn3(x, y), up1(x, y));
        r_rmax5 = RDom(1, 2559, "r_rmax5");
        rmax5(y) = mx4(0, y);
        rmax5(y) = max(rmax5(y), mx4(r_rmax5.x, y));
        Expr resize6_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize6_ix = cast<int32_t>(floor(resize6_sx));
        Expr resize6_fx = resize6_sx - cast<float>(resize6_ix);
        Expr resize6_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize6_iy = cast<int32_t>(floor(resize6_sy));
        Expr resize6_fy = resize6_sy - cast<float>(resize6_iy);
        resize6(x, y) = lerp(lerp(mx4(resize6_ix, resize6_iy), mx4(resize6_ix + 1, resize6_iy), resize6_fx), lerp(mx4(resize6_ix, resize6_iy + 1), mx4(resize6_ix + 1, resize6_iy + 1), resize6_fx), resize6_fy);
        act7(x, y) = max(resize6(x, y) - 0.25f, 0.0f);
        curve8(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut9(x, y) = curve8(clamp(cast<int32_t>(act7(x, y) * 255.0f), 0, 255));
        Expr resize10_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize10_x_ix = cast<int32_t>(floor(resize10_x_sx));
        Expr resize10_x_fx = resize10_x_sx - cast<float>(resize10_x_ix);
        resize10_x(x, y) = lerp(lut9(resize10_x_ix, y), lut9(resize10_x_ix + 1, y), resize10_x_fx);
        Expr resize10_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize10_y_iy = cast<int32_t>(floor(resize10_y_sy));
        Expr resize10_y_fy = resize10_y_sy - cast<float>(resize10_y_iy);
        resize10_y(x, y) = lerp(resize10_x(x, resize10_y_iy), resize10_x(x, resize10_y_iy + 1), resize10_y_fy);
        lut11(x, y) = curve8(clamp(cast<int32_t>(resize10_y(x, y) * 255.0f), 0, 255));
        lut12(x, y) = curve8(clamp(cast<int32_t>(lut11(x, y) * 255.0f), 0, 255));
        lut13(y) = curve8(clamp(cast<int32_t>(rmax5(y) * 255.0f), 0, 255));
        output(x, y) = (lut13(y) + lut12(x, y * 455 / 512)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 768}});
        output.set_estimates({{0, 2274}, {0, 1536}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            lut13.compute_at(output, y);
            lut12.compute_at(output, y).vectorize(x, 8);
            resize10_y.compute_root().vectorize(x, 16).parallel(y);
            resize10_x.compute_at(resize10_y, y).vectorize(x, 8);
            lut9.compute_at(resize10_x, y).vectorize(x, 16);
            act7.compute_at(lut9, y).vectorize(x, 8);
            rmax5.compute_root().parallel(y);
            rmax5.update(0).vectorize(y, 16);
            mx4.compute_root().vectorize(x, 8).parallel(y);
            mn3.compute_at(mx4, y).vectorize(x, 16);
            up1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(up1, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp490, rp_490)
