// Random pipeline (seed 150): 20 stages over image2d 4096x1024 int16 input.
// Steps: boundary, boundary, pointwise, stencil, resample, separable, conv, gather, resample, upsample, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp150 : public Generator<Rp150> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv6;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, lap3{"lap3"}, resize4{"resize4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, conv6{"conv6"}, warp7{"warp7"}, resize8{"resize8"}, up9_x{"up9_x"}, up9_y{"up9_y"};
    Func down10{"down10"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        pw2(x, y) = (cast<float>(in1(x, y)) * 0.000031f) / (1.0f + abs((cast<float>(in1(x, y)) * 0.000031f)));
        lap3(x, y) = pw2(x - 1, y) + pw2(x + 1, y) + pw2(x, y - 1) + pw2(x, y + 1) - 4.0f * pw2(x, y);
        Expr resize4_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize4_ix = cast<int32_t>(floor(resize4_sx));
        Expr resize4_fx = resize4_sx - cast<float>(resize4_ix);
        Expr resize4_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize4_iy = cast<int32_t>(floor(resize4_sy));
        Expr resize4_fy = resize4_sy - cast<float>(resize4_iy);
        resize4(x, y) = lerp(lerp(lap3(resize4_ix, resize4_iy), lap3(resize4_ix + 1, resize4_iy), resize4_fx), lerp(lap3(resize4_ix, resize4_iy + 1), lap3(resize4_ix + 1, resize4_iy + 1), resize4_fx), resize4_fy);
        blur5_x(x, y) = (resize4(x - 1, y) + 2.0f * resize4(x, y) + resize4(x + 1, y)) * 0.25f;
        blur5_y(x, y) = (blur5_x(x, y - 1) + 2.0f * blur5_x(x, y) + blur5_x(x, y + 1)) * 0.25f;
        r_conv6 = RDom(0, 5, 0, 5, "r_conv6");
        conv6(x, y) = 0.0f;
        conv6(x, y) += (cast<float>(in0(x + r_conv6.x - 2, y + r_conv6.y - 2)) * 0.000031f) * w_conv6(r_conv6.x, r_conv6.y);
        Expr warp7_sx = cast<float>(x) + blur5_y(x * 5461 / 4096, y * 1365 / 1024) * 2.0f;
        Expr warp7_ix = clamp(cast<int32_t>(floor(warp7_sx)), 0, 4094);
        Expr warp7_fx = clamp(warp7_sx - cast<float>(warp7_ix), 0.0f, 1.0f);
        Expr warp7_iy = clamp(cast<int32_t>(floor(cast<float>(y) - blur5_y(x * 5461 / 4096, y * 1365 / 1024) * 2.0f)), 0, 1023);
        warp7(x, y) = lerp(conv6(warp7_ix, warp7_iy), conv6(warp7_ix + 1, warp7_iy), warp7_fx);
        Expr resize8_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize8_ix = cast<int32_t>(floor(resize8_sx));
        Expr resize8_fx = resize8_sx - cast<float>(resize8_ix);
        Expr resize8_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize8_iy = cast<int32_t>(floor(resize8_sy));
        Expr resize8_fy = resize8_sy - cast<float>(resize8_iy);
        resize8(x, y) = lerp(lerp(warp7(resize8_ix, resize8_iy), warp7(resize8_ix + 1, resize8_iy), resize8_fx), lerp(warp7(resize8_ix, resize8_iy + 1), warp7(resize8_ix + 1, resize8_iy + 1), resize8_fx), resize8_fy);
        up9_x(x, y) = 0.25f * resize8((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * resize8(x / 2, y);
        up9_y(x, y) = 0.25f * up9_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up9_x(x, y / 2);
        down10(x, y) = (up9_y(2 * x, 2 * y) + up9_y(2 * x + 1, 2 * y) + up9_y(2 * x, 2 * y + 1) + up9_y(2 * x + 1, 2 * y + 1)) * 0.25f;
        output(x, y) = cast<uint16_t>(clamp(down10(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1024}});
        input2.set_estimates({{0, 4096}, {0, 1024}});
        w_conv6.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 2730}, {0, 682}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            down10.compute_at(output, xo).vectorize(x, 8);
            resize8.compute_root().vectorize(x, 8).parallel(y);
            warp7.compute_at(resize8, y).vectorize(x, 16);
            conv6.compute_root().vectorize(x, 16).parallel(y);
            conv6.update(0).vectorize(x, 8).unroll(r_conv6.x).parallel(y);
            blur5_x.compute_at(warp7, y).vectorize(x, 8);
            lap3.compute_at(blur5_x, y).vectorize(x, 16);
            pw2.compute_at(lap3, y).vectorize(x, 16);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp150, rp_150)
