// Random pipeline (seed 473): 18 stages over image3d 1024x384x3 uint16 input.
// Steps: boundary, resample, scan, resample, conv, activation, resample, activation, separable, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp473 : public Generator<Rp473> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<float>> w_conv4{"w_conv4", 2};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir2, r_conv4;
    Func in0{"in0"}, resize1_x{"resize1_x"}, resize1_y{"resize1_y"}, iir2{"iir2"}, resize3{"resize3"}, conv4{"conv4"};
    Func relu5{"relu5"}, resize6{"resize6"}, act7{"act7"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"}, blend9{"blend9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        Expr resize1_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_x_ix = cast<int32_t>(floor(resize1_x_sx));
        Expr resize1_x_fx = resize1_x_sx - cast<float>(resize1_x_ix);
        resize1_x(x, y, c) = lerp((cast<float>(in0(resize1_x_ix, y, c)) * 0.000015f), (cast<float>(in0(resize1_x_ix + 1, y, c)) * 0.000015f), resize1_x_fx);
        Expr resize1_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_y_iy = cast<int32_t>(floor(resize1_y_sy));
        Expr resize1_y_fy = resize1_y_sy - cast<float>(resize1_y_iy);
        resize1_y(x, y, c) = lerp(resize1_x(x, resize1_y_iy, c), resize1_x(x, resize1_y_iy + 1, c), resize1_y_fy);
        r_iir2 = RDom(1, 511, "r_iir2");
        iir2(x, y, c) = resize1_y(x, y, c);
        iir2(x, r_iir2.x, c) = 0.7f * iir2(x, r_iir2.x - 1, c) + 0.3f * iir2(x, r_iir2.x, c);
        iir2(x, 511 - r_iir2.x, c) = 0.7f * iir2(x, 512 - r_iir2.x, c) + 0.3f * iir2(x, 511 - r_iir2.x, c);
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp(iir2(resize3_ix, resize3_iy, c), iir2(resize3_ix + 1, resize3_iy, c), resize3_fx), lerp(iir2(resize3_ix, resize3_iy + 1, c), iir2(resize3_ix + 1, resize3_iy + 1, c), resize3_fx), resize3_fy);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += iir2(x + r_conv4.x - 1, y + r_conv4.y - 1, c) * w_conv4(r_conv4.x, r_conv4.y);
        relu5(x, y, c) = max(conv4(x, y, c), 0.0f);
        Expr resize6_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize6_ix = cast<int32_t>(floor(resize6_sx));
        Expr resize6_fx = resize6_sx - cast<float>(resize6_ix);
        Expr resize6_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize6_iy = cast<int32_t>(floor(resize6_sy));
        Expr resize6_fy = resize6_sy - cast<float>(resize6_iy);
        resize6(x, y, c) = lerp(lerp(relu5(resize6_ix, resize6_iy, c), relu5(resize6_ix + 1, resize6_iy, c), resize6_fx), lerp(relu5(resize6_ix, resize6_iy + 1, c), relu5(resize6_ix + 1, resize6_iy + 1, c), resize6_fx), resize6_fy);
        act7(x, y, c) = clamp(resize6(x, y, c) * 6.0f, 0.0f, 6.0f);
        blur8_x(x, y, c) = (act7(x - 2, y, c) + 4.0f * act7(x - 1, y, c) + 6.0f * act7(x, y, c) + 4.0f * act7(x + 1, y, c) + act7(x + 2, y, c)) * 0.0625f;
        blur8_y(x, y, c) = (blur8_x(x, y - 2, c) + 4.0f * blur8_x(x, y - 1, c) + 6.0f * blur8_x(x, y, c) + 4.0f * blur8_x(x, y + 1, c) + blur8_x(x, y + 2, c)) * 0.0625f;
        blend9(x, y, c) = lerp(iir2(x, y, c), blur8_y(x * 682 / 1365, y / 2, c), 0.3f);
        output(x, y, c) = cast<uint16_t>(clamp((blend9(x, y, c) + resize3(x * 4 / 3, y * 341 / 256, c)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 384}, {0, 3}});
        w_conv4.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1365}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            blend9.compute_root().vectorize(x, 8).parallel(y);
            blur8_y.compute_at(blend9, y).vectorize(x, 8);
            resize6.compute_at(blur8_y, y).vectorize(x, 8);
            conv4.compute_at(resize6, y).vectorize(x, 8);
            conv4.update(0).vectorize(x, 16).unroll(r_conv4.x);
            resize3.compute_at(output, c).vectorize(x, 16);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(x, 8);
            iir2.update(1).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp473, rp_473)
