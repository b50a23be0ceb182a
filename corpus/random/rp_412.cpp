// Random pipeline (seed 412): 15 stages over tensor4d 32x32x8x2 uint8 input.
// Steps: boundary, pointwise, gather, stencil, resample, upsample, binary, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp412 : public Generator<Rp412> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_iir7;
    Func in0{"in0"}, pw1{"pw1"}, warp2{"warp2"}, box3{"box3"}, resize4_x{"resize4_x"}, resize4_y{"resize4_y"};
    Func up5_x{"up5_x"}, up5_y{"up5_y"}, avg6{"avg6"}, iir7{"iir7"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_interior(input)(x, y, c, n);
        pw1(x, y, c, n) = pow(abs((cast<float>(in0(x, y, c, n)) * 0.003922f)) + 0.001f, 0.4545f);
        Expr warp2_sx = cast<float>(x) + (cast<float>(in0(x, y, c, n)) * 0.003922f) * 4.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 30);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        Expr warp2_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(in0(x, y, c, n)) * 0.003922f) * 4.0f)), 0, 31);
        warp2(x, y, c, n) = lerp(pw1(warp2_ix, warp2_iy, c, n), pw1(warp2_ix + 1, warp2_iy, c, n), warp2_fx);
        box3(x, y, c, n) = (warp2(x - 1, y - 1, c, n) + warp2(x, y - 1, c, n) + warp2(x + 1, y - 1, c, n) + warp2(x - 1, y, c, n) + warp2(x, y, c, n) + warp2(x + 1, y, c, n) + warp2(x - 1, y + 1, c, n) + warp2(x, y + 1, c, n) + warp2(x + 1, y + 1, c, n)) * 0.111111f;
        Expr resize4_x_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize4_x_ix = cast<int32_t>(floor(resize4_x_sx));
        Expr resize4_x_fx = resize4_x_sx - cast<float>(resize4_x_ix);
        resize4_x(x, y, c, n) = lerp(box3(resize4_x_ix, y, c, n), box3(resize4_x_ix + 1, y, c, n), resize4_x_fx);
        Expr resize4_y_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize4_y_iy = cast<int32_t>(floor(resize4_y_sy));
        Expr resize4_y_fy = resize4_y_sy - cast<float>(resize4_y_iy);
        resize4_y(x, y, c, n) = lerp(resize4_x(x, resize4_y_iy, c, n), resize4_x(x, resize4_y_iy + 1, c, n), resize4_y_fy);
        up5_x(x, y, c, n) = 0.25f * resize4_y((x / 2) - 1 + 2 * (x % 2), y, c, n) + 0.75f * resize4_y(x / 2, y, c, n);
        up5_y(x, y, c, n) = 0.25f * up5_x(x, (y / 2) - 1 + 2 * (y % 2), c, n) + 0.75f * up5_x(x, y / 2, c, n);
        avg6(x, y, c, n) = (up5_y(x, y, c, n) + resize4_y(x / 2, y / 2, c, n)) * 0.5f;
        r_iir7 = RDom(1, 31, "r_iir7");
        iir7(x, y, c, n) = avg6(x, y, c, n);
        iir7(r_iir7.x, y, c, n) = 0.9f * iir7(r_iir7.x - 1, y, c, n) + 0.1f * iir7(r_iir7.x, y, c, n);
        iir7(31 - r_iir7.x, y, c, n) = 0.9f * iir7(32 - r_iir7.x, y, c, n) + 0.1f * iir7(31 - r_iir7.x, y, c, n);
        output(x, y, c, n) = cast<uint8_t>(clamp(iir7(x, y, c, n) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 8}, {0, 2}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 8}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            iir7.compute_root().vectorize(x, 8).parallel(c);
            iir7.update(0).vectorize(y, 8).parallel(c);
            iir7.update(1).vectorize(y, 8).parallel(c);
            up5_y.compute_root().vectorize(x, 8).parallel(c);
            up5_x.compute_at(up5_y, n).vectorize(x, 8);
            resize4_y.compute_root().vectorize(x, 8).parallel(c);
            resize4_x.compute_root().vectorize(x, 8).parallel(c);
            pw1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp412, rp_412)
