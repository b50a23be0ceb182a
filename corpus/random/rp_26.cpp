// Random pipeline (seed 26): 16 stages over image3d 768x640x4 uint8 input.
// Steps: boundary, cast, upsample, separable, reindex, pointwise, resample, pointwise, stencil, stencil, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp26 : public Generator<Rp26> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"};
    Func rev4{"rev4"}, pw5{"pw5"}, resize6{"resize6"}, pw7{"pw7"}, erode8{"erode8"}, lap9{"lap9"};
    Func lap10{"lap10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        cvt1(x, y, c) = cast<int16_t>(clamp((cast<float>(in0(x, y, c)) * 0.003922f) * 32767.0f, -32768.0f, 32767.0f));
        up2_x(x, y, c) = 0.25f * (cast<float>(cvt1((x / 2) - 1 + 2 * (x % 2), y, c)) * 0.000031f) + 0.75f * (cast<float>(cvt1(x / 2, y, c)) * 0.000031f);
        up2_y(x, y, c) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up2_x(x, y / 2, c);
        blur3_x(x, y, c) = (up2_y(x - 2, y, c) + 4.0f * up2_y(x - 1, y, c) + 6.0f * up2_y(x, y, c) + 4.0f * up2_y(x + 1, y, c) + up2_y(x + 2, y, c)) * 0.0625f;
        blur3_y(x, y, c) = (blur3_x(x, y - 2, c) + 4.0f * blur3_x(x, y - 1, c) + 6.0f * blur3_x(x, y, c) + 4.0f * blur3_x(x, y + 1, c) + blur3_x(x, y + 2, c)) * 0.0625f;
        rev4(x, y, c) = blur3_y(x, y, 3 - c);
        pw5(x, y, c) = log(abs(rev4(x, y, c)) + 1.0f);
        Expr resize6_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize6_ix = cast<int32_t>(floor(resize6_sx));
        Expr resize6_fx = resize6_sx - cast<float>(resize6_ix);
        Expr resize6_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize6_iy = cast<int32_t>(floor(resize6_sy));
        Expr resize6_fy = resize6_sy - cast<float>(resize6_iy);
        resize6(x, y, c) = lerp(lerp(pw5(resize6_ix, resize6_iy, c), pw5(resize6_ix + 1, resize6_iy, c), resize6_fx), lerp(pw5(resize6_ix, resize6_iy + 1, c), pw5(resize6_ix + 1, resize6_iy + 1, c), resize6_fx), resize6_fy);
        pw7(x, y, c) = resize6(x, y, c) * resize6(x, y, c) * 0.5f - resize6(x, y, c);
        erode8(x, y, c) = min(min(min(min(pw7(x, y, c), pw7(x - 1, y, c)), pw7(x + 1, y, c)), pw7(x, y - 1, c)), pw7(x, y + 1, c));
        lap9(x, y, c) = erode8(x - 1, y, c) + erode8(x + 1, y, c) + erode8(x, y - 1, c) + erode8(x, y + 1, c) - 4.0f * erode8(x, y, c);
        lap10(x, y, c) = lap9(x - 1, y, c) + lap9(x + 1, y, c) + lap9(x, y - 1, c) + lap9(x, y + 1, c) - 4.0f * lap9(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(lap10(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 640}, {0, 4}});
        output.set_estimates({{0, 2048}, {0, 1706}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            lap10.compute_at(output, xo).vectorize(x, 16);
            resize6.compute_root().vectorize(x, 16).parallel(c);
            pw5.compute_at(resize6, c).vectorize(x, 16);
            rev4.compute_at(pw5, y).vectorize(x, 8);
            blur3_y.compute_at(rev4, y).vectorize(x, 8);
            blur3_x.compute_at(blur3_y, y).vectorize(x, 16);
            cvt1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_at(cvt1, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp26, rp_26)
