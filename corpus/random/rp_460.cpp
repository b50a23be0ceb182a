// Random pipeline (seed 460): 11 stages over image3d 640x512x4 uint16 input.
// Steps: boundary, separable, pointwise, pointwise, activation, binary, resample, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp460 : public Generator<Rp460> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, pw2{"pw2"}, pw3{"pw3"}, act4{"act4"};
    Func mul5{"mul5"}, resize6_x{"resize6_x"}, resize6_y{"resize6_y"}, warp7{"warp7"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        blur1_x(x, y, c) = cast<int32_t>(in0(x - 1, y, c)) + 2 * cast<int32_t>(in0(x, y, c)) + cast<int32_t>(in0(x + 1, y, c));
        blur1_y(x, y, c) = cast<uint16_t>((blur1_x(x, y - 1, c) + 2 * blur1_x(x, y, c) + blur1_x(x, y + 1, c)) / 16);
        pw2(x, y, c) = blur1_y(x, y, c) * 3 / 4;
        pw3(x, y, c) = pw2(x, y, c) / 2 + 16;
        act4(x, y, c) = max(pw3(x, y, c), cast<uint16_t>(0));
        mul5(x, y, c) = (cast<float>(act4(x, y, c)) * 0.000015f) * (cast<float>(pw3(x, y, c)) * 0.000015f);
        Expr resize6_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize6_x_ix = cast<int32_t>(floor(resize6_x_sx));
        Expr resize6_x_fx = resize6_x_sx - cast<float>(resize6_x_ix);
        resize6_x(x, y, c) = lerp((cast<float>(act4(resize6_x_ix, y, c)) * 0.000015f), (cast<float>(act4(resize6_x_ix + 1, y, c)) * 0.000015f), resize6_x_fx);
        Expr resize6_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize6_y_iy = cast<int32_t>(floor(resize6_y_sy));
        Expr resize6_y_fy = resize6_y_sy - cast<float>(resize6_y_iy);
        resize6_y(x, y, c) = lerp(resize6_x(x, resize6_y_iy, c), resize6_x(x, resize6_y_iy + 1, c), resize6_y_fy);
        Expr warp7_sx = cast<float>(x) + resize6_x(x, y * 512 / 409, c) * 2.0f;
        Expr warp7_ix = clamp(cast<int32_t>(floor(warp7_sx)), 0, 510);
        Expr warp7_fx = clamp(warp7_sx - cast<float>(warp7_ix), 0.0f, 1.0f);
        Expr warp7_iy = clamp(cast<int32_t>(floor(cast<float>(y) - resize6_x(x, y * 512 / 409, c) * 2.0f)), 0, 408);
        warp7(x, y, c) = lerp(resize6_y(warp7_ix, warp7_iy, c), resize6_y(warp7_ix + 1, warp7_iy, c), warp7_fx);
        output(x, y, c) = (warp7(x, y, c) + mul5(x * 5 / 4, y * 512 / 409, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 512}, {0, 4}});
        output.set_estimates({{0, 512}, {0, 409}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
            warp7.compute_root().vectorize(x, 16).parallel(c);
            resize6_y.compute_root().vectorize(x, 8).parallel(c);
            act4.compute_root().vectorize(x, 8).parallel(c);
            pw2.compute_root().vectorize(x, 16).parallel(c);
            blur1_x.compute_at(pw2, y).vectorize(x, 8);
            in0.compute_at(blur1_x, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp460, rp_460)
