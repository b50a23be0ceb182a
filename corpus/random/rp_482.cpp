// Random pipeline (seed 482): 14 stages over image2d 2048x512 uint8 input.
// Steps: boundary, downsample, conv, activation, conv, histogram, resample, gather, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp482 : public Generator<Rp482> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_conv2, r_conv4, r_hist5;
    Func in0{"in0"}, down1{"down1"}, conv2{"conv2"}, relu3{"relu3"}, conv4{"conv4"}, hist5{"hist5"};
    Func resize6_x{"resize6_x"}, resize6_y{"resize6_y"}, warp7{"warp7"}, add8{"add8"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        down1(x, y) = ((cast<float>(in0(2 * x, 2 * y)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y)) * 0.003922f) + (cast<float>(in0(2 * x, 2 * y + 1)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y + 1)) * 0.003922f)) * 0.25f;
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += down1(x + r_conv2.x - 1, y + r_conv2.y - 1) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.5f);
        relu3(x, y) = max(conv2(x, y), 0.0f);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += relu3(x + r_conv4.x - 1, y + r_conv4.y - 1) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.5f);
        r_hist5 = RDom(0, 1024, 0, 256, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(conv4(r_hist5.x, r_hist5.y) * 127.0f), 0, 127)) += 1;
        Expr resize6_x_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize6_x_ix = cast<int32_t>(floor(resize6_x_sx));
        Expr resize6_x_fx = resize6_x_sx - cast<float>(resize6_x_ix);
        resize6_x(x, y) = lerp(conv4(resize6_x_ix, y), conv4(resize6_x_ix + 1, y), resize6_x_fx);
        Expr resize6_y_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize6_y_iy = cast<int32_t>(floor(resize6_y_sy));
        Expr resize6_y_fy = resize6_y_sy - cast<float>(resize6_y_iy);
        resize6_y(x, y) = lerp(resize6_x(x, resize6_y_iy), resize6_x(x, resize6_y_iy + 1), resize6_y_fy);
        Expr warp7_sx = cast<float>(x) + (cast<float>(hist5(x / 16)) * 0.000977f) * 4.0f;
        Expr warp7_ix = clamp(cast<int32_t>(floor(warp7_sx)), 0, 2046);
        Expr warp7_fx = clamp(warp7_sx - cast<float>(warp7_ix), 0.0f, 1.0f);
        Expr warp7_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(hist5(x / 16)) * 0.000977f) * 4.0f)), 0, 511);
        warp7(x, y) = lerp(resize6_y(warp7_ix, warp7_iy), resize6_y(warp7_ix + 1, warp7_iy), warp7_fx);
        add8(x, y) = warp7(x, y) + resize6_y(x, y);
        output(x, y) = cast<uint8_t>(clamp(add8(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 512}});
        output.set_estimates({{0, 2048}, {0, 512}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            resize6_y.compute_root().vectorize(x, 8).parallel(y);
            hist5.compute_root();
            conv4.compute_root().vectorize(x, 8).parallel(y);
            conv4.update(0).vectorize(x, 16).parallel(y);
            relu3.compute_root().vectorize(x, 8).parallel(y);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 16).unroll(r_conv2.x).parallel(y);
            down1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp482, rp_482)
