// Random pipeline (seed 314): 20 stages over image2d 384x384 uint8 input.
// Steps: boundary, activation, binary, resample, pointwise, pointwise, transpose, resample, downsample, lut, conv, stencil, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp314 : public Generator<Rp314> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv11;
    Func in0{"in0"}, act1{"act1"}, mul2{"mul2"}, resize3_x{"resize3_x"}, resize3_y{"resize3_y"}, pw4{"pw4"};
    Func pw5{"pw5"}, tr6{"tr6"}, resize7{"resize7"}, down8_x{"down8_x"}, down8_y{"down8_y"}, curve9{"curve9"};
    Func lut10{"lut10"}, conv11{"conv11"}, lap12{"lap12"}, cvt13{"cvt13"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        act1(x, y) = max(in0(x, y), cast<uint8_t>(0));
        mul2(x, y) = (cast<float>(act1(x, y)) * 0.003922f) * (cast<float>(in0(x, y)) * 0.003922f);
        Expr resize3_x_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize3_x_ix = cast<int32_t>(floor(resize3_x_sx));
        Expr resize3_x_fx = resize3_x_sx - cast<float>(resize3_x_ix);
        resize3_x(x, y) = lerp(mul2(resize3_x_ix, y), mul2(resize3_x_ix + 1, y), resize3_x_fx);
        Expr resize3_y_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize3_y_iy = cast<int32_t>(floor(resize3_y_sy));
        Expr resize3_y_fy = resize3_y_sy - cast<float>(resize3_y_iy);
        resize3_y(x, y) = lerp(resize3_x(x, resize3_y_iy), resize3_x(x, resize3_y_iy + 1), resize3_y_fy);
        pw4(x, y) = resize3_y(x, y) * resize3_y(x, y) * 0.5f - resize3_y(x, y);
        pw5(x, y) = sqrt(abs(pw4(x, y)) + 1.0f);
        tr6(x, y) = pw5(y, x);
        Expr resize7_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize7_ix = cast<int32_t>(floor(resize7_sx));
        Expr resize7_fx = resize7_sx - cast<float>(resize7_ix);
        Expr resize7_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize7_iy = cast<int32_t>(floor(resize7_sy));
        Expr resize7_fy = resize7_sy - cast<float>(resize7_iy);
        resize7(x, y) = lerp(lerp(tr6(resize7_ix, resize7_iy), tr6(resize7_ix + 1, resize7_iy), resize7_fx), lerp(tr6(resize7_ix, resize7_iy + 1), tr6(resize7_ix + 1, resize7_iy + 1), resize7_fx), resize7_fy);
        down8_x(x, y) = (resize7(2 * x - 1, y) + 3.0f * resize7(2 * x, y) + 3.0f * resize7(2 * x + 1, y) + resize7(2 * x + 2, y)) * 0.125f;
        down8_y(x, y) = (down8_x(x, 2 * y - 1) + 3.0f * down8_x(x, 2 * y) + 3.0f * down8_x(x, 2 * y + 1) + down8_x(x, 2 * y + 2)) * 0.125f;
        curve9(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut10(x, y) = curve9(clamp(cast<int32_t>(down8_y(x, y) * 255.0f), 0, 255));
        r_conv11 = RDom(0, 5, 0, 5, "r_conv11");
        conv11(x, y) = 0.0f;
        conv11(x, y) += lut10(x + r_conv11.x - 2, y + r_conv11.y - 2) * exp(-cast<float>((r_conv11.x - 2) * (r_conv11.x - 2) + (r_conv11.y - 2) * (r_conv11.y - 2)) * 0.8f);
        lap12(x, y) = conv11(x - 1, y) + conv11(x + 1, y) + conv11(x, y - 1) + conv11(x, y + 1) - 4.0f * conv11(x, y);
        cvt13(x, y) = cast<int32_t>(lap12(x, y) * 1024.0f);
        output(x, y) = cast<uint8_t>(clamp((cast<float>(cvt13(x, y)) * 0.000977f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 384}});
        output.set_estimates({{0, 192}, {0, 192}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            cvt13.compute_root().vectorize(x, 8).parallel(y);
            conv11.compute_at(cvt13, y).vectorize(x, 8);
            conv11.update(0).vectorize(x, 16);
            lut10.compute_root().vectorize(x, 8).parallel(y);
            curve9.compute_root().vectorize(x, 8);
            down8_y.compute_at(lut10, y).vectorize(x, 8);
            down8_x.compute_at(down8_y, y).vectorize(x, 8);
            pw5.compute_root().vectorize(x, 8).parallel(y);
            pw4.compute_at(pw5, y).vectorize(x, 16);
            resize3_y.compute_at(pw4, y).vectorize(x, 8);
            resize3_x.compute_at(resize3_y, y).vectorize(x, 16);
            mul2.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp314, rp_314)
