// Random pipeline (seed 271): 15 stages over image2d 640x768 uint16 input.
// Steps: boundary, upsample, cast, conv, resample, resample, pointwise, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp271 : public Generator<Rp271> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3;
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, cvt2{"cvt2"}, conv3{"conv3"}, resize4{"resize4"};
    Func resize5{"resize5"}, pw6{"pw6"}, blend7{"blend7"}, avg8{"avg8"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        up1_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.000015f);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        cvt2(x, y) = cast<uint8_t>(clamp(up1_y(x, y) * 255.0f, 0.0f, 255.0f));
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += (cast<float>(in0(x + r_conv3.x - 1, y + r_conv3.y - 1)) * 0.000015f) * w_conv3(r_conv3.x, r_conv3.y);
        Expr resize4_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize4_ix = cast<int32_t>(floor(resize4_sx));
        Expr resize4_fx = resize4_sx - cast<float>(resize4_ix);
        Expr resize4_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize4_iy = cast<int32_t>(floor(resize4_sy));
        Expr resize4_fy = resize4_sy - cast<float>(resize4_iy);
        resize4(x, y) = lerp(lerp(conv3(resize4_ix, resize4_iy), conv3(resize4_ix + 1, resize4_iy), resize4_fx), lerp(conv3(resize4_ix, resize4_iy + 1), conv3(resize4_ix + 1, resize4_iy + 1), resize4_fx), resize4_fy);
        Expr resize5_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize5_ix = cast<int32_t>(floor(resize5_sx));
        Expr resize5_fx = resize5_sx - cast<float>(resize5_ix);
        Expr resize5_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize5_iy = cast<int32_t>(floor(resize5_sy));
        Expr resize5_fy = resize5_sy - cast<float>(resize5_iy);
        resize5(x, y) = lerp(lerp(resize4(resize5_ix, resize5_iy), resize4(resize5_ix + 1, resize5_iy), resize5_fx), lerp(resize4(resize5_ix, resize5_iy + 1), resize4(resize5_ix + 1, resize5_iy + 1), resize5_fx), resize5_fy);
        pw6(x, y) = sqrt(abs(resize5(x, y)) + 1.0f);
        blend7(x, y) = lerp(pw6(x, y), (cast<float>(cvt2(x * 320 / 71, y * 1536 / 341)) * 0.003922f), 0.3f);
        avg8(x, y) = (blend7(x, y) + pw6(x, y)) * 0.5f;
        output(x, y) = cast<uint16_t>(clamp(avg8(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 768}});
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 284}, {0, 341}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            avg8.compute_root().vectorize(x, 16).parallel(y);
            blend7.compute_root().vectorize(x, 8).parallel(y);
            pw6.compute_root().vectorize(x, 16).parallel(y);
            resize5.compute_at(pw6, y).vectorize(x, 8);
            resize4.compute_root().vectorize(x, 16).parallel(y);
            conv3.compute_root().vectorize(x, 16).parallel(y);
            conv3.update(0).vectorize(x, 16).unroll(r_conv3.x).parallel(y);
            cvt2.compute_at(blend7, y).vectorize(x, 16);
            up1_x.compute_at(cvt2, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp271, rp_271)
