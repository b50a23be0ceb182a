// Random pipeline (seed 159): 19 stages over image2d 2560x2048 int16 input.
// Steps: boundary, binary, activation, slice, binary, binary, transpose, reduction, pointwise, upsample, gather, resample, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp159 : public Generator<Rp159> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_red7;
    Func in0{"in0"}, mul1{"mul1"}, act2{"act2"}, slice3{"slice3"}, diff4{"diff4"}, mx5{"mx5"};
    Func tr6{"tr6"}, red7{"red7"}, pw8{"pw8"}, up9{"up9"}, warp10{"warp10"}, resize11_x{"resize11_x"};
    Func resize11_y{"resize11_y"}, down12_x{"down12_x"}, down12_y{"down12_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        mul1(x, y) = (cast<float>(in0(x, y)) * 0.000031f) * (cast<float>(in0(x + 1, y)) * 0.000031f);
        act2(x, y) = log(1.0f + exp(mul1(x, y)));
        slice3(y) = act2(1715, y);
        diff4(x, y) = absd(act2(x, y), slice3(y));
        mx5(x, y) = max(diff4(x, y), slice3(y));
        tr6(x, y) = mx5(y, x);
        r_red7 = RDom(0, 2048, "r_red7");
        red7(y) = 0.0f;
        red7(y) += tr6(r_red7.x, y);
        pw8(y) = sin(red7(y)) * 0.5f + 0.5f;
        Expr up9_fx = cast<float>(x % 2) * 0.5f;
        Expr up9_fy = cast<float>(y % 2) * 0.5f;
        up9(x, y) = lerp(lerp(tr6(x / 2, y / 2), tr6(x / 2 + 1, y / 2), up9_fx), lerp(tr6(x / 2, y / 2 + 1), tr6(x / 2 + 1, y / 2 + 1), up9_fx), up9_fy);
        Expr warp10_sx = cast<float>(x) + pw8(y / 2) * 4.0f;
        Expr warp10_ix = clamp(cast<int32_t>(floor(warp10_sx)), 0, 4094);
        Expr warp10_fx = clamp(warp10_sx - cast<float>(warp10_ix), 0.0f, 1.0f);
        warp10(x, y) = lerp(up9(warp10_ix, y), up9(warp10_ix + 1, y), warp10_fx);
        Expr resize11_x_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize11_x_ix = cast<int32_t>(floor(resize11_x_sx));
        Expr resize11_x_fx = resize11_x_sx - cast<float>(resize11_x_ix);
        resize11_x(x, y) = lerp(warp10(resize11_x_ix, y), warp10(resize11_x_ix + 1, y), resize11_x_fx);
        Expr resize11_y_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize11_y_iy = cast<int32_t>(floor(resize11_y_sy));
        Expr resize11_y_fy = resize11_y_sy - cast<float>(resize11_y_iy);
        resize11_y(x, y) = lerp(resize11_x(x, resize11_y_iy), resize11_x(x, resize11_y_iy + 1), resize11_y_fy);
        down12_x(x, y) = (resize11_y(2 * x - 1, y) + 3.0f * resize11_y(2 * x, y) + 3.0f * resize11_y(2 * x + 1, y) + resize11_y(2 * x + 2, y)) * 0.125f;
        down12_y(x, y) = (down12_x(x, 2 * y - 1) + 3.0f * down12_x(x, 2 * y) + 3.0f * down12_x(x, 2 * y + 1) + down12_x(x, 2 * y + 2)) * 0.125f;
        output(x, y) = cast<int16_t>(clamp(down12_y(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 2048}});
        output.set_estimates({{0, 2560}, {0, 3200}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            down12_x.compute_at(output, yi).vectorize(x, 8);
            resize11_y.compute_root().vectorize(x, 16).parallel(y);
            resize11_x.compute_root().vectorize(x, 8).parallel(y);
            warp10.compute_at(resize11_x, y).vectorize(x, 8);
            up9.compute_root().vectorize(x, 16).parallel(y);
            pw8.compute_at(warp10, y);
            red7.compute_root().parallel(y);
            red7.update(0).vectorize(y, 8);
            tr6.compute_root().vectorize(x, 8).parallel(y);
            mx5.compute_root().vectorize(x, 16).parallel(y);
            diff4.compute_root().vectorize(x, 8).parallel(y);
            mul1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp159, rp_159)
