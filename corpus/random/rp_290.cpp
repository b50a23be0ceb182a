// Random pipeline (seed 290): 15 stages over image2d 384x256 int16 input.
// Steps: boundary, separable, reduction, downsample, lut, pointwise, gather, slice, binary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp290 : public Generator<Rp290> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_rmax2;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, rmax2{"rmax2"}, down3_x{"down3_x"}, down3_y{"down3_y"};
    Func curve4{"curve4"}, lut5{"lut5"}, pw6{"pw6"}, warp7{"warp7"}, slice8{"slice8"}, mn9{"mn9"};
    Func resize10{"resize10"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        blur1_x(x, y) = cast<int32_t>(in0(x - 2, y)) + 4 * cast<int32_t>(in0(x - 1, y)) + 6 * cast<int32_t>(in0(x, y)) + 4 * cast<int32_t>(in0(x + 1, y)) + cast<int32_t>(in0(x + 2, y));
        blur1_y(x, y) = cast<int16_t>((blur1_x(x, y - 2) + 4 * blur1_x(x, y - 1) + 6 * blur1_x(x, y) + 4 * blur1_x(x, y + 1) + blur1_x(x, y + 2)) / 256);
        r_rmax2 = RDom(1, 383, "r_rmax2");
        rmax2(y) = blur1_y(0, y);
        rmax2(y) = max(rmax2(y), blur1_y(r_rmax2.x, y));
        down3_x(x, y) = ((cast<float>(blur1_y(2 * x - 1, y)) * 0.000031f) + 3.0f * (cast<float>(blur1_y(2 * x, y)) * 0.000031f) + 3.0f * (cast<float>(blur1_y(2 * x + 1, y)) * 0.000031f) + (cast<float>(blur1_y(2 * x + 2, y)) * 0.000031f)) * 0.125f;
        down3_y(x, y) = (down3_x(x, 2 * y - 1) + 3.0f * down3_x(x, 2 * y) + 3.0f * down3_x(x, 2 * y + 1) + down3_x(x, 2 * y + 2)) * 0.125f;
        curve4(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut5(x, y) = curve4(clamp(cast<int32_t>(down3_y(x, y) * 255.0f), 0, 255));
        pw6(x, y) = lut5(x, y) * lut5(x, y) * 0.5f - lut5(x, y);
        Expr warp7_sx = cast<float>(x) + (cast<float>(rmax2(y * 2)) * 0.000031f) * 8.0f;
        Expr warp7_ix = clamp(cast<int32_t>(floor(warp7_sx)), 0, 190);
        Expr warp7_fx = clamp(warp7_sx - cast<float>(warp7_ix), 0.0f, 1.0f);
        warp7(x, y) = lerp(pw6(warp7_ix, y), pw6(warp7_ix + 1, y), warp7_fx);
        slice8(x) = warp7(x, 119);
        mn9(x, y) = min(warp7(x, y), slice8(x));
        Expr resize10_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize10_ix = cast<int32_t>(floor(resize10_sx));
        Expr resize10_fx = resize10_sx - cast<float>(resize10_ix);
        Expr resize10_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize10_iy = cast<int32_t>(floor(resize10_sy));
        Expr resize10_fy = resize10_sy - cast<float>(resize10_iy);
        resize10(x, y) = lerp(lerp(mn9(resize10_ix, resize10_iy), mn9(resize10_ix + 1, resize10_iy), resize10_fx), lerp(mn9(resize10_ix, resize10_iy + 1), mn9(resize10_ix + 1, resize10_iy + 1), resize10_fx), resize10_fy);
        output(x, y) = cast<int16_t>(clamp(resize10(x, y) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 256}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 384}, {0, 256}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            resize10.compute_root().vectorize(x, 8).parallel(y);
            mn9.compute_root().vectorize(x, 8).parallel(y);
            slice8.compute_at(mn9, y).vectorize(x, 16);
            warp7.compute_root().vectorize(x, 8).parallel(y);
            lut5.compute_root().vectorize(x, 8).parallel(y);
            curve4.compute_root().vectorize(x, 16);
            down3_x.compute_at(lut5, y).vectorize(x, 8);
            rmax2.compute_root().parallel(y);
            rmax2.update(0).vectorize(y, 16);
            blur1_y.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp290, rp_290)
