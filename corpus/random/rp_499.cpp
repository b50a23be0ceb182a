// Random pipeline (seed 499): 12 stages over image2d 384x1536 uint8 input.
// Steps: boundary, pointwise, activation, reduction, transpose, resample, pointwise, transpose, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp499 : public Generator<Rp499> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red3;
    Func in0{"in0"}, pw1{"pw1"}, act2{"act2"}, red3{"red3"}, tr4{"tr4"}, resize5_x{"resize5_x"};
    Func resize5_y{"resize5_y"}, pw6{"pw6"}, tr7{"tr7"}, warp8{"warp8"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        pw1(x, y) = floor((cast<float>(in0(x, y)) * 0.003922f) * 8.0f) * 0.125f;
        act2(x, y) = 1.0f / (1.0f + exp(-pw1(x, y)));
        r_red3 = RDom(0, 384, "r_red3");
        red3(y) = 0.0f;
        red3(y) += act2(r_red3.x, y);
        tr4(x, y) = act2(y, x);
        Expr resize5_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_x_ix = cast<int32_t>(floor(resize5_x_sx));
        Expr resize5_x_fx = resize5_x_sx - cast<float>(resize5_x_ix);
        resize5_x(x, y) = lerp(pw1(resize5_x_ix, y), pw1(resize5_x_ix + 1, y), resize5_x_fx);
        Expr resize5_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_y_iy = cast<int32_t>(floor(resize5_y_sy));
        Expr resize5_y_fy = resize5_y_sy - cast<float>(resize5_y_iy);
        resize5_y(x, y) = lerp(resize5_x(x, resize5_y_iy), resize5_x(x, resize5_y_iy + 1), resize5_y_fy);
        pw6(x, y) = sqrt(abs(resize5_y(x, y)) + 1.0f);
        tr7(x, y) = tr4(y, x);
        Expr warp8_sx = cast<float>(x) + red3(y) * 4.0f;
        Expr warp8_ix = clamp(cast<int32_t>(floor(warp8_sx)), 0, 382);
        Expr warp8_fx = clamp(warp8_sx - cast<float>(warp8_ix), 0.0f, 1.0f);
        warp8(x, y) = lerp(tr7(warp8_ix, y), tr7(warp8_ix + 1, y), warp8_fx);
        output(x, y) = cast<uint8_t>(clamp((warp8(x, y) + pw6(x * 4 / 3, y * 4 / 3)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}});
        output.set_estimates({{0, 384}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            warp8.compute_root().vectorize(x, 8).parallel(y);
            tr7.compute_root().vectorize(x, 16).parallel(y);
            tr4.compute_at(tr7, y).vectorize(x, 8);
            red3.compute_root().parallel(y);
            red3.update(0).vectorize(y, 8);
            act2.compute_root().vectorize(x, 16).parallel(y);
            pw1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp499, rp_499)
