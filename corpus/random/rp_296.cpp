// Random pipeline (seed 296): 19 stages over image2d 1280x2560 uint16 input.
// Steps: boundary, cast, lut, stencil, stencil, stencil, cast, pointwise, stencil, binary, activation, cast, upsample, gather, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp296 : public Generator<Rp296> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"}, curve2{"curve2"}, lut3{"lut3"}, dilate4{"dilate4"}, grad5{"grad5"};
    Func dilate6{"dilate6"}, cvt7{"cvt7"}, pw8{"pw8"}, erode9{"erode9"}, mn10{"mn10"}, act11{"act11"};
    Func cvt12{"cvt12"}, up13{"up13"}, warp14{"warp14"}, resize15{"resize15"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        cvt1(x, y) = saturating_cast<int16_t>(in0(x, y));
        curve2(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut3(x, y) = curve2(clamp(cast<int32_t>(cvt1(x, y)) / 64 + 512, 0, 1023));
        dilate4(x, y) = max(max(max(max(lut3(x, y), lut3(x - 1, y)), lut3(x + 1, y)), lut3(x, y - 1)), lut3(x, y + 1));
        grad5(x, y) = sqrt((dilate4(x + 1, y) - dilate4(x - 1, y)) * (dilate4(x + 1, y) - dilate4(x - 1, y)) + (dilate4(x, y + 1) - dilate4(x, y - 1)) * (dilate4(x, y + 1) - dilate4(x, y - 1)));
        dilate6(x, y) = max(max(max(max(grad5(x, y), grad5(x - 1, y)), grad5(x + 1, y)), grad5(x, y - 1)), grad5(x, y + 1));
        cvt7(x, y) = cast<uint8_t>(clamp((cast<float>(cvt1(x, y)) * 0.000031f) * 255.0f, 0.0f, 255.0f));
        pw8(x, y) = tanh(dilate6(x, y)) * gain;
        erode9(x, y) = min(min(min(min(pw8(x, y), pw8(x - 1, y)), pw8(x + 1, y)), pw8(x, y - 1)), pw8(x, y + 1));
        mn10(x, y) = min(erode9(x, y), (cast<float>(cvt7(x, y)) * 0.003922f));
        act11(x, y) = clamp(mn10(x, y) * 6.0f, 0.0f, 6.0f);
        cvt12(x, y) = cast<int32_t>(act11(x, y) * 1024.0f);
        Expr up13_fx = cast<float>(x % 2) * 0.5f;
        Expr up13_fy = cast<float>(y % 2) * 0.5f;
        up13(x, y) = lerp(lerp((cast<float>(cvt12(x / 2, y / 2)) * 0.000977f), (cast<float>(cvt12(x / 2 + 1, y / 2)) * 0.000977f), up13_fx), lerp((cast<float>(cvt12(x / 2, y / 2 + 1)) * 0.000977f), (cast<float>(cvt12(x / 2 + 1, y / 2 + 1)) * 0.000977f), up13_fx), up13_fy);
        Expr warp14_sx = cast<float>(x) + (cast<float>(cvt12(x / 2, y / 2)) * 0.000977f) * 2.0f;
        Expr warp14_ix = clamp(cast<int32_t>(floor(warp14_sx)), 0, 2558);
        Expr warp14_fx = clamp(warp14_sx - cast<float>(warp14_ix), 0.0f, 1.0f);
        Expr warp14_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(cvt12(x / 2, y / 2)) * 0.000977f) * 2.0f)), 0, 5119);
        warp14(x, y) = lerp(up13(warp14_ix, warp14_iy), up13(warp14_ix + 1, warp14_iy), warp14_fx);
        Expr resize15_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize15_ix = cast<int32_t>(floor(resize15_sx));
        Expr resize15_fx = resize15_sx - cast<float>(resize15_ix);
        Expr resize15_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize15_iy = cast<int32_t>(floor(resize15_sy));
        Expr resize15_fy = resize15_sy - cast<float>(resize15_iy);
        resize15(x, y) = lerp(lerp(warp14(resize15_ix, resize15_iy), warp14(resize15_ix + 1, resize15_iy), resize15_fx), lerp(warp14(resize15_ix, resize15_iy + 1), warp14(resize15_ix + 1, resize15_iy + 1), resize15_fx), resize15_fy);
        output(x, y) = cast<uint16_t>(clamp(resize15(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2560}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 3200}, {0, 6400}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            warp14.compute_at(output, yo).vectorize(x, 16);
            up13.compute_root().vectorize(x, 16).parallel(y);
            mn10.compute_root().vectorize(x, 16).parallel(y);
            cvt7.compute_at(mn10, y).vectorize(x, 8);
            dilate6.compute_root().vectorize(x, 8).parallel(y);
            grad5.compute_at(dilate6, y).vectorize(x, 8);
            lut3.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp296, rp_296)
