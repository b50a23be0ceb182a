// Random pipeline (seed 37): 19 stages over image2d 1280x2560 int16 input.
// Steps: boundary, cast, pointwise, stencil, binary, cast, gather, slice, downsample, binary, resample, reduction, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp37 : public Generator<Rp37> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_rmax11;
    Func in0{"in0"}, cvt1{"cvt1"}, pw2{"pw2"}, erode3{"erode3"}, diff4{"diff4"}, cvt5{"cvt5"};
    Func warp6{"warp6"}, slice7{"slice7"}, down8_x{"down8_x"}, down8_y{"down8_y"}, mul9{"mul9"}, resize10_x{"resize10_x"};
    Func resize10_y{"resize10_y"}, rmax11{"rmax11"}, diff12{"diff12"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        cvt1(x, y) = cast<uint16_t>(clamp((cast<float>(in0(x, y)) * 0.000031f) * 65535.0f, 0.0f, 65535.0f));
        pw2(x, y) = max(cvt1(x, y), 8) - 8;
        erode3(x, y) = min(min(min(min(pw2(x, y), pw2(x - 1, y)), pw2(x + 1, y)), pw2(x, y - 1)), pw2(x, y + 1));
        diff4(x, y) = absd((cast<float>(erode3(x, y)) * 0.000015f), (cast<float>(in0(x, y)) * 0.000031f));
        cvt5(x, y) = cast<int16_t>(clamp(diff4(x, y) * 32767.0f, -32768.0f, 32767.0f));
        Expr warp6_sx = cast<float>(x) + diff4(x, y) * 2.0f;
        Expr warp6_ix = clamp(cast<int32_t>(floor(warp6_sx)), 0, 1278);
        Expr warp6_fx = clamp(warp6_sx - cast<float>(warp6_ix), 0.0f, 1.0f);
        Expr warp6_iy = clamp(cast<int32_t>(floor(cast<float>(y) - diff4(x, y) * 2.0f)), 0, 2559);
        warp6(x, y) = lerp((cast<float>(cvt5(warp6_ix, warp6_iy)) * 0.000031f), (cast<float>(cvt5(warp6_ix + 1, warp6_iy)) * 0.000031f), warp6_fx);
        slice7(x) = warp6(x, 931);
        down8_x(x, y) = ((cast<float>(cvt5(2 * x - 1, y)) * 0.000031f) + 3.0f * (cast<float>(cvt5(2 * x, y)) * 0.000031f) + 3.0f * (cast<float>(cvt5(2 * x + 1, y)) * 0.000031f) + (cast<float>(cvt5(2 * x + 2, y)) * 0.000031f)) * 0.125f;
        down8_y(x, y) = (down8_x(x, 2 * y - 1) + 3.0f * down8_x(x, 2 * y) + 3.0f * down8_x(x, 2 * y + 1) + down8_x(x, 2 * y + 2)) * 0.125f;
        mul9(x, y) = down8_y(x, y) * slice7(x * 2);
        Expr resize10_x_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize10_x_ix = cast<int32_t>(floor(resize10_x_sx));
        Expr resize10_x_fx = resize10_x_sx - cast<float>(resize10_x_ix);
        resize10_x(x, y) = lerp(mul9(resize10_x_ix, y), mul9(resize10_x_ix + 1, y), resize10_x_fx);
        Expr resize10_y_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize10_y_iy = cast<int32_t>(floor(resize10_y_sy));
        Expr resize10_y_fy = resize10_y_sy - cast<float>(resize10_y_iy);
        resize10_y(x, y) = lerp(resize10_x(x, resize10_y_iy), resize10_x(x, resize10_y_iy + 1), resize10_y_fy);
        r_rmax11 = RDom(1, 1279, "r_rmax11");
        rmax11(x) = mul9(x, 0);
        rmax11(x) = max(rmax11(x), mul9(x, r_rmax11.x));
        diff12(x, y) = absd(resize10_y(x, y), rmax11(x * 320 / 213));
        output(x, y) = cast<int16_t>(clamp(diff12(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2560}});
        output.set_estimates({{0, 426}, {0, 853}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            rmax11.compute_root().vectorize(x, 8);
            rmax11.update(0).vectorize(x, 8);
            resize10_y.compute_at(output, xo).vectorize(x, 16);
            mul9.compute_root().vectorize(x, 8).parallel(y);
            slice7.compute_at(mul9, y).vectorize(x, 16);
            warp6.compute_root().vectorize(x, 8).parallel(y);
            erode3.compute_root().vectorize(x, 8).parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            cvt1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp37, rp_37)
