// Random pipeline (seed 197): 20 stages over image2d 512x768 int16 input.
// Steps: boundary, pointwise, conv, activation, gather, stencil, scan, slice, all_to_all, gather, lut, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp197 : public Generator<Rp197> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Input<Buffer<float>> w_mm8{"w_mm8", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv2, r_iir6, r_mm8;
    Func in0{"in0"}, pw1{"pw1"}, conv2{"conv2"}, relu3{"relu3"}, warp4{"warp4"}, grad5{"grad5"};
    Func iir6{"iir6"}, slice7{"slice7"}, mm8{"mm8"}, warp9{"warp9"}, curve10{"curve10"}, lut11{"lut11"};
    Func pw12{"pw12"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        pw1(x, y) = pow(abs((cast<float>(in0(x, y)) * 0.000031f)) + 0.001f, 0.4545f);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += pw1(x + r_conv2.x - 1, y + r_conv2.y - 1) * w_conv2(r_conv2.x, r_conv2.y);
        relu3(x, y) = max(conv2(x, y), 0.0f);
        Expr warp4_sx = cast<float>(x) + conv2(x, y) * 8.0f;
        Expr warp4_ix = clamp(cast<int32_t>(floor(warp4_sx)), 0, 510);
        Expr warp4_fx = clamp(warp4_sx - cast<float>(warp4_ix), 0.0f, 1.0f);
        warp4(x, y) = lerp(relu3(warp4_ix, y), relu3(warp4_ix + 1, y), warp4_fx);
        grad5(x, y) = sqrt((warp4(x + 1, y) - warp4(x - 1, y)) * (warp4(x + 1, y) - warp4(x - 1, y)) + (warp4(x, y + 1) - warp4(x, y - 1)) * (warp4(x, y + 1) - warp4(x, y - 1)));
        r_iir6 = RDom(1, 767, "r_iir6");
        iir6(x, y) = grad5(x, y);
        iir6(x, r_iir6.x) = 0.7f * iir6(x, r_iir6.x - 1) + 0.3f * iir6(x, r_iir6.x);
        slice7(y) = iir6(425, y);
        r_mm8 = RDom(0, 512, "r_mm8");
        mm8(x, y) = 0.0f;
        mm8(x, y) += iir6(r_mm8.x, y) * w_mm8(r_mm8.x, clamp(x, 0, 511));
        Expr warp9_sx = cast<float>(x) + mm8(x, y) * 2.0f;
        Expr warp9_ix = clamp(cast<int32_t>(floor(warp9_sx)), 0, 510);
        Expr warp9_fx = clamp(warp9_sx - cast<float>(warp9_ix), 0.0f, 1.0f);
        Expr warp9_iy = clamp(cast<int32_t>(floor(cast<float>(y) - mm8(x, y) * 2.0f)), 0, 767);
        warp9(x, y) = lerp(grad5(warp9_ix, warp9_iy), grad5(warp9_ix + 1, warp9_iy), warp9_fx);
        curve10(x) = sqrt(cast<float>(x) * 0.003922f);
        lut11(x, y) = curve10(clamp(cast<int32_t>(warp9(x, y) * 255.0f), 0, 255));
        pw12(x, y) = log(abs(lut11(x, y)) + 1.0f);
        output(x, y) = cast<int16_t>(clamp((pw12(x, y) + slice7(y)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 768}});
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        w_mm8.set_estimates({{0, 512}, {0, 512}});
        output.set_estimates({{0, 512}, {0, 768}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pw12.compute_at(output, y).vectorize(x, 8);
            curve10.compute_root().vectorize(x, 8);
            warp9.compute_at(pw12, y).vectorize(x, 16);
            mm8.compute_root().vectorize(x, 16).parallel(y);
            mm8.update(0).vectorize(x, 16).parallel(y);
            iir6.compute_root().vectorize(x, 16).parallel(y);
            iir6.update(0).vectorize(x, 16);
            warp4.compute_root().vectorize(x, 8).parallel(y);
            relu3.compute_root().vectorize(x, 16).parallel(y);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 8).parallel(y);
            pw1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp197, rp_197)
