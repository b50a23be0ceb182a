// Random pipeline (seed 450): 14 stages over image2d 2048x768 int16 input.
// Steps: boundary, boundary, boundary, reindex, resample, downsample, binary, reduction, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp450 : public Generator<Rp450> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_mean7;
    Func in0{"in0"}, in1{"in1"}, pad2{"pad2"}, flip3{"flip3"}, resize4_x{"resize4_x"}, resize4_y{"resize4_y"};
    Func down5{"down5"}, diff6{"diff6"}, mean7{"mean7"}, warp8{"warp8"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        pad2(x, y) = BoundaryConditions::repeat_edge(in1, {{0, 2048}, {0, 768}})(x, y);
        flip3(x, y) = pad2(x, 767 - y);
        Expr resize4_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_x_ix = cast<int32_t>(floor(resize4_x_sx));
        Expr resize4_x_fx = resize4_x_sx - cast<float>(resize4_x_ix);
        resize4_x(x, y) = lerp((cast<float>(flip3(resize4_x_ix, y)) * 0.000031f), (cast<float>(flip3(resize4_x_ix + 1, y)) * 0.000031f), resize4_x_fx);
        Expr resize4_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_y_iy = cast<int32_t>(floor(resize4_y_sy));
        Expr resize4_y_fy = resize4_y_sy - cast<float>(resize4_y_iy);
        resize4_y(x, y) = lerp(resize4_x(x, resize4_y_iy), resize4_x(x, resize4_y_iy + 1), resize4_y_fy);
        down5(x, y) = (resize4_y(2 * x, 2 * y) + resize4_y(2 * x + 1, 2 * y) + resize4_y(2 * x, 2 * y + 1) + resize4_y(2 * x + 1, 2 * y + 1)) * 0.25f;
        diff6(x, y) = absd(resize4_y(x, y), resize4_x(x, y * 384 / 307));
        r_mean7 = RDom(0, 2048, "r_mean7");
        mean7(y) = 0.0f;
        mean7(y) += (cast<float>(in1(r_mean7.x, y)) * 0.000031f);
        mean7(y) = mean7(y) * 0.000488f;
        Expr warp8_sx = cast<float>(x) + mean7(y * 384 / 307) * 4.0f;
        Expr warp8_ix = clamp(cast<int32_t>(floor(warp8_sx)), 0, 1636);
        Expr warp8_fx = clamp(warp8_sx - cast<float>(warp8_ix), 0.0f, 1.0f);
        Expr warp8_iy = clamp(cast<int32_t>(floor(cast<float>(y) - mean7(y * 384 / 307) * 4.0f)), 0, 613);
        warp8(x, y) = lerp(diff6(warp8_ix, warp8_iy), diff6(warp8_ix + 1, warp8_iy), warp8_fx);
        output(x, y) = cast<int16_t>(clamp((warp8(x, y) + (cast<float>(in0(x * 1024 / 819, y * 384 / 307)) * 0.000031f) + down5(x / 2, y / 2)) * 0.333333f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 768}});
        input2.set_estimates({{0, 2048}, {0, 768}});
        output.set_estimates({{0, 1638}, {0, 614}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            mean7.compute_root().parallel(y);
            mean7.update(0).vectorize(y, 16);
            mean7.update(1).vectorize(y, 8);
            resize4_y.compute_root().vectorize(x, 8).parallel(y);
            resize4_x.compute_root().vectorize(x, 16).parallel(y);
            flip3.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp450, rp_450)
