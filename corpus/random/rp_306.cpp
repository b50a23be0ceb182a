// Random pipeline (seed 306): 17 stages over image2d 3072x4096 uint8 input.
// Steps: boundary, lut, pointwise, downsample, binary, cast, gather, pointwise, gather, stencil, pointwise, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp306 : public Generator<Rp306> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, pw3{"pw3"}, down4_x{"down4_x"}, down4_y{"down4_y"};
    Func mn5{"mn5"}, cvt6{"cvt6"}, warp7{"warp7"}, pw8{"pw8"}, warp9{"warp9"}, erode10{"erode10"};
    Func pw11{"pw11"}, cvt12{"cvt12"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        curve1(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut2(x, y) = curve1(clamp(cast<int32_t>(in0(x, y)) * 1024 / 256, 0, 1023));
        pw3(x, y) = tanh(lut2(x, y));
        down4_x(x, y) = (pw3(2 * x - 1, y) + 3.0f * pw3(2 * x, y) + 3.0f * pw3(2 * x + 1, y) + pw3(2 * x + 2, y)) * 0.125f;
        down4_y(x, y) = (down4_x(x, 2 * y - 1) + 3.0f * down4_x(x, 2 * y) + 3.0f * down4_x(x, 2 * y + 1) + down4_x(x, 2 * y + 2)) * 0.125f;
        mn5(x, y) = min(down4_y(x, y), down4_x(x, y * 2));
        cvt6(x, y) = cast<int32_t>(mn5(x, y) * 1024.0f);
        Expr warp7_sx = cast<float>(x) + lut2(x * 2, y * 2) * 4.0f;
        Expr warp7_ix = clamp(cast<int32_t>(floor(warp7_sx)), 0, 1534);
        Expr warp7_fx = clamp(warp7_sx - cast<float>(warp7_ix), 0.0f, 1.0f);
        Expr warp7_iy = clamp(cast<int32_t>(floor(cast<float>(y) - lut2(x * 2, y * 2) * 4.0f)), 0, 2047);
        warp7(x, y) = lerp((cast<float>(cvt6(warp7_ix, warp7_iy)) * 0.000977f), (cast<float>(cvt6(warp7_ix + 1, warp7_iy)) * 0.000977f), warp7_fx);
        pw8(x, y) = sin(warp7(x, y)) * 0.5f + 0.5f;
        Expr warp9_sx = cast<float>(x) + warp7(x, y) * 8.0f;
        Expr warp9_ix = clamp(cast<int32_t>(floor(warp9_sx)), 0, 1534);
        Expr warp9_fx = clamp(warp9_sx - cast<float>(warp9_ix), 0.0f, 1.0f);
        Expr warp9_iy = clamp(cast<int32_t>(floor(cast<float>(y) - warp7(x, y) * 8.0f)), 0, 2047);
        warp9(x, y) = lerp(pw8(warp9_ix, warp9_iy), pw8(warp9_ix + 1, warp9_iy), warp9_fx);
        erode10(x, y) = min(min(min(min(warp9(x, y), warp9(x - 1, y)), warp9(x + 1, y)), warp9(x, y - 1)), warp9(x, y + 1));
        pw11(x, y) = tanh(erode10(x, y));
        cvt12(x, y) = cast<int16_t>(clamp(lut2(x, y) * 32767.0f, -32768.0f, 32767.0f));
        output(x, y) = cast<uint8_t>(clamp(((cast<float>(cvt12(x, y)) * 0.000031f) + pw11(x / 2, y / 2)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 4096}});
        output.set_estimates({{0, 3072}, {0, 4096}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            pw11.compute_root().vectorize(x, 8).parallel(y);
            warp9.compute_at(pw11, y).vectorize(x, 8);
            warp7.compute_root().vectorize(x, 16).parallel(y);
            cvt6.compute_root().vectorize(x, 16).parallel(y);
            mn5.compute_at(cvt6, y).vectorize(x, 16);
            down4_y.compute_root().vectorize(x, 16).parallel(y);
            lut2.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp306, rp_306)
