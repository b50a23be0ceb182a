// Random pipeline (seed 10): 16 stages over image2d 2048x4096 float input.
// Steps: boundary, transpose, gather, reindex, binary, conv, activation, pointwise, reduction, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp10 : public Generator<Rp10> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv5, r_red8;
    Func in0{"in0"}, tr1{"tr1"}, warp2{"warp2"}, flip3{"flip3"}, add4{"add4"}, conv5{"conv5"};
    Func relu6{"relu6"}, pw7{"pw7"}, red8{"red8"}, resize9_x{"resize9_x"}, resize9_y{"resize9_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        tr1(x, y) = in0(y, x);
        Expr warp2_sx = cast<float>(x) + tr1(x * 2, y / 2) * 2.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 2046);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y) = lerp(in0(warp2_ix, y), in0(warp2_ix + 1, y), warp2_fx);
        flip3(x, y) = warp2(x, 4095 - y);
        add4(x, y) = flip3(x, y) + tr1(x * 2, y / 2);
        r_conv5 = RDom(0, 5, 0, 5, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += add4(x + r_conv5.x - 2, y + r_conv5.y - 2) * exp(-cast<float>((r_conv5.x - 2) * (r_conv5.x - 2) + (r_conv5.y - 2) * (r_conv5.y - 2)) * 0.8f);
        relu6(x, y) = max(conv5(x, y), 0.0f);
        pw7(x, y) = exp(-abs(relu6(x, y)));
        r_red8 = RDom(0, 4096, "r_red8");
        red8(x) = 0.0f;
        red8(x) += pw7(x, r_red8.x);
        Expr resize9_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize9_x_ix = cast<int32_t>(floor(resize9_x_sx));
        Expr resize9_x_fx = resize9_x_sx - cast<float>(resize9_x_ix);
        resize9_x(x, y) = lerp(tr1(resize9_x_ix, y), tr1(resize9_x_ix + 1, y), resize9_x_fx);
        Expr resize9_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize9_y_iy = cast<int32_t>(floor(resize9_y_sy));
        Expr resize9_y_fy = resize9_y_sy - cast<float>(resize9_y_iy);
        resize9_y(x, y) = lerp(resize9_x(x, resize9_y_iy), resize9_x(x, resize9_y_iy + 1), resize9_y_fy);
        output(x, y) = (resize9_y(x, y) + red8(x * 2048 / 5461)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 4096}});
        output.set_estimates({{0, 5461}, {0, 2730}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            red8.compute_root().vectorize(x, 16);
            red8.update(0).vectorize(x, 8);
            relu6.compute_root().vectorize(x, 16).parallel(y);
            conv5.compute_at(relu6, y).vectorize(x, 8);
            conv5.update(0).vectorize(x, 16).unroll(r_conv5.x);
            flip3.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp10, rp_10)
