// Random pipeline (seed 431): 18 stages over image3d 1920x768x3 uint8 input.
// Steps: boundary, boundary, transpose, resample, downsample, stencil, cast, upsample, transpose, reindex, resample, lut, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp431 : public Generator<Rp431> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, tr2{"tr2"}, resize3{"resize3"}, down4{"down4"}, grad5{"grad5"};
    Func cvt6{"cvt6"}, up7{"up7"}, tr8{"tr8"}, shift9{"shift9"}, resize10{"resize10"}, curve11{"curve11"};
    Func lut12{"lut12"}, resize13{"resize13"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        tr2(x, y) = in1(y, x);
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp((cast<float>(in0(resize3_ix, resize3_iy, c)) * 0.003922f), (cast<float>(in0(resize3_ix + 1, resize3_iy, c)) * 0.003922f), resize3_fx), lerp((cast<float>(in0(resize3_ix, resize3_iy + 1, c)) * 0.003922f), (cast<float>(in0(resize3_ix + 1, resize3_iy + 1, c)) * 0.003922f), resize3_fx), resize3_fy);
        down4(x, y, c) = (resize3(2 * x, 2 * y, c) + resize3(2 * x + 1, 2 * y, c) + resize3(2 * x, 2 * y + 1, c) + resize3(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        grad5(x, y) = sqrt(((cast<float>(tr2(x + 1, y)) * 0.003922f) - (cast<float>(tr2(x - 1, y)) * 0.003922f)) * ((cast<float>(tr2(x + 1, y)) * 0.003922f) - (cast<float>(tr2(x - 1, y)) * 0.003922f)) + ((cast<float>(tr2(x, y + 1)) * 0.003922f) - (cast<float>(tr2(x, y - 1)) * 0.003922f)) * ((cast<float>(tr2(x, y + 1)) * 0.003922f) - (cast<float>(tr2(x, y - 1)) * 0.003922f)));
        cvt6(x, y) = cast<uint16_t>(clamp(grad5(x, y) * 65535.0f, 0.0f, 65535.0f));
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y) = lerp(lerp((cast<float>(cvt6(x / 2, y / 2)) * 0.000015f), (cast<float>(cvt6(x / 2 + 1, y / 2)) * 0.000015f), up7_fx), lerp((cast<float>(cvt6(x / 2, y / 2 + 1)) * 0.000015f), (cast<float>(cvt6(x / 2 + 1, y / 2 + 1)) * 0.000015f), up7_fx), up7_fy);
        tr8(x, y) = up7(y, x);
        shift9(x, y) = tr8(x + 7, y - 2);
        Expr resize10_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize10_ix = cast<int32_t>(floor(resize10_sx));
        Expr resize10_fx = resize10_sx - cast<float>(resize10_ix);
        Expr resize10_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize10_iy = cast<int32_t>(floor(resize10_sy));
        Expr resize10_fy = resize10_sy - cast<float>(resize10_iy);
        resize10(x, y) = lerp(lerp(shift9(resize10_ix, resize10_iy), shift9(resize10_ix + 1, resize10_iy), resize10_fx), lerp(shift9(resize10_ix, resize10_iy + 1), shift9(resize10_ix + 1, resize10_iy + 1), resize10_fx), resize10_fy);
        curve11(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut12(x, y) = curve11(clamp(cast<int32_t>(resize10(x, y) * 255.0f), 0, 255));
        Expr resize13_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize13_ix = cast<int32_t>(floor(resize13_sx));
        Expr resize13_fx = resize13_sx - cast<float>(resize13_ix);
        Expr resize13_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize13_iy = cast<int32_t>(floor(resize13_sy));
        Expr resize13_fy = resize13_sy - cast<float>(resize13_iy);
        resize13(x, y) = lerp(lerp(lut12(resize13_ix, resize13_iy), lut12(resize13_ix + 1, resize13_iy), resize13_fx), lerp(lut12(resize13_ix, resize13_iy + 1), lut12(resize13_ix + 1, resize13_iy + 1), resize13_fx), resize13_fy);
        output(x, y, c) = cast<uint8_t>(clamp((resize13(x, y) + down4(x * 5 / 24, y * 64 / 307, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 768}, {0, 3}});
        input2.set_estimates({{0, 1920}, {0, 768}});
        output.set_estimates({{0, 6144}, {0, 2456}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            lut12.compute_at(output, xo).vectorize(x, 16);
            curve11.compute_root().vectorize(x, 16);
            resize10.compute_at(lut12, y).vectorize(x, 8);
            shift9.compute_root().vectorize(x, 16).parallel(y);
            cvt6.compute_at(shift9, y).vectorize(x, 8);
            down4.compute_at(output, yo).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp431, rp_431)
