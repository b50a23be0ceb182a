// Random pipeline (seed 441): 13 stages over image2d 512x1920 uint8 input.
// Steps: boundary, cast, binary, resample, separable, binary, downsample, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp441 : public Generator<Rp441> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"}, mn2{"mn2"}, resize3{"resize3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func blend5{"blend5"}, down6_x{"down6_x"}, down6_y{"down6_y"}, cvt7{"cvt7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        cvt1(x, y) = saturating_cast<int32_t>(in0(x, y));
        mn2(x, y) = min((cast<float>(cvt1(x, y)) * 0.000977f), (cast<float>(in0(x, y)) * 0.003922f));
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y) = lerp(lerp(mn2(resize3_ix, resize3_iy), mn2(resize3_ix + 1, resize3_iy), resize3_fx), lerp(mn2(resize3_ix, resize3_iy + 1), mn2(resize3_ix + 1, resize3_iy + 1), resize3_fx), resize3_fy);
        blur4_x(x, y) = (resize3(x - 2, y) + 4.0f * resize3(x - 1, y) + 6.0f * resize3(x, y) + 4.0f * resize3(x + 1, y) + resize3(x + 2, y)) * 0.0625f;
        blur4_y(x, y) = (blur4_x(x, y - 2) + 4.0f * blur4_x(x, y - 1) + 6.0f * blur4_x(x, y) + 4.0f * blur4_x(x, y + 1) + blur4_x(x, y + 2)) * 0.0625f;
        blend5(x, y) = lerp(blur4_y(x, y), blur4_x(x, y), 0.3f);
        down6_x(x, y) = (blend5(2 * x - 1, y) + 3.0f * blend5(2 * x, y) + 3.0f * blend5(2 * x + 1, y) + blend5(2 * x + 2, y)) * 0.125f;
        down6_y(x, y) = (down6_x(x, 2 * y - 1) + 3.0f * down6_x(x, 2 * y) + 3.0f * down6_x(x, 2 * y + 1) + down6_x(x, 2 * y + 2)) * 0.125f;
        cvt7(x, y) = cast<uint8_t>(clamp(down6_y(x, y) * 255.0f, 0.0f, 255.0f));
        output(x, y) = (cast<float>(cvt7(x, y)) * 0.003922f);
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1920}});
        output.set_estimates({{0, 512}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            cvt7.compute_at(output, xo).vectorize(x, 8);
            blend5.compute_root().vectorize(x, 16).parallel(y);
            blur4_x.compute_at(blend5, y).vectorize(x, 8);
            resize3.compute_root().vectorize(x, 16).parallel(y);
            cvt1.compute_at(resize3, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp441, rp_441)
