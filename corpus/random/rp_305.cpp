// Random pipeline (seed 305): 13 stages over image2d 1920x640 uint8 input.
// Steps: boundary, upsample, stencil, downsample, resample, cast, activation, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp305 : public Generator<Rp305> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_hist7;
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, dilate2{"dilate2"}, down3{"down3"}, resize4{"resize4"};
    Func cvt5{"cvt5"}, act6{"act6"}, hist7{"hist7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        up1_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.003922f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.003922f);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        dilate2(x, y) = max(max(max(max(up1_y(x, y), up1_y(x - 1, y)), up1_y(x + 1, y)), up1_y(x, y - 1)), up1_y(x, y + 1));
        down3(x, y) = (dilate2(2 * x, 2 * y) + dilate2(2 * x + 1, 2 * y) + dilate2(2 * x, 2 * y + 1) + dilate2(2 * x + 1, 2 * y + 1)) * 0.25f;
        Expr resize4_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_ix = cast<int32_t>(floor(resize4_sx));
        Expr resize4_fx = resize4_sx - cast<float>(resize4_ix);
        Expr resize4_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_iy = cast<int32_t>(floor(resize4_sy));
        Expr resize4_fy = resize4_sy - cast<float>(resize4_iy);
        resize4(x, y) = lerp(lerp(down3(resize4_ix, resize4_iy), down3(resize4_ix + 1, resize4_iy), resize4_fx), lerp(down3(resize4_ix, resize4_iy + 1), down3(resize4_ix + 1, resize4_iy + 1), resize4_fx), resize4_fy);
        cvt5(x, y) = cast<uint16_t>(clamp(resize4(x, y) * 65535.0f, 0.0f, 65535.0f));
        act6(x, y) = clamp((cast<float>(cvt5(x, y)) * 0.000015f) * 6.0f, 0.0f, 6.0f);
        r_hist7 = RDom(0, 1536, 0, 512, "r_hist7");
        hist7(x) = 0;
        hist7(clamp(cast<int32_t>(act6(r_hist7.x, r_hist7.y) * 255.0f), 0, 255)) += 1;
        output(x) = cast<int16_t>(clamp((cast<float>(hist7(x)) * 0.000977f) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 640}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 8);
            hist7.compute_root();
            act6.compute_root().vectorize(x, 8).parallel(y);
            cvt5.compute_root().vectorize(x, 16).parallel(y);
            dilate2.compute_root().vectorize(x, 8).parallel(y);
            up1_y.compute_at(dilate2, y).vectorize(x, 8);
            up1_x.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp305, rp_305)
