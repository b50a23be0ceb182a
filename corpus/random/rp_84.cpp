// Random pipeline (seed 84): 20 stages over image2d 3072x4096 float input.
// Steps: boundary, boundary, upsample, lut, stencil, gather, resample, scan, conv, activation, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp84 : public Generator<Rp84> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir8, r_conv9;
    Func in0{"in0"}, in1{"in1"}, up2{"up2"}, curve3{"curve3"}, lut4{"lut4"}, lap5{"lap5"};
    Func warp6{"warp6"}, resize7{"resize7"}, iir8{"iir8"}, conv9{"conv9"}, relu10{"relu10"}, act11{"act11"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y) = lerp(lerp(in1(x / 2, y / 2), in1(x / 2 + 1, y / 2), up2_fx), lerp(in1(x / 2, y / 2 + 1), in1(x / 2 + 1, y / 2 + 1), up2_fx), up2_fy);
        curve3(x) = sqrt(cast<float>(x) * 0.003922f);
        lut4(x, y) = curve3(clamp(cast<int32_t>(up2(x, y) * 255.0f), 0, 255));
        lap5(x, y) = lut4(x - 1, y) + lut4(x + 1, y) + lut4(x, y - 1) + lut4(x, y + 1) - 4.0f * lut4(x, y);
        Expr warp6_sx = cast<float>(x) + in0(x / 2, y / 2) * 4.0f;
        Expr warp6_ix = clamp(cast<int32_t>(floor(warp6_sx)), 0, 6142);
        Expr warp6_fx = clamp(warp6_sx - cast<float>(warp6_ix), 0.0f, 1.0f);
        Expr warp6_iy = clamp(cast<int32_t>(floor(cast<float>(y) - in0(x / 2, y / 2) * 4.0f)), 0, 8191);
        warp6(x, y) = lerp(lap5(warp6_ix, warp6_iy), lap5(warp6_ix + 1, warp6_iy), warp6_fx);
        Expr resize7_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize7_ix = cast<int32_t>(floor(resize7_sx));
        Expr resize7_fx = resize7_sx - cast<float>(resize7_ix);
        Expr resize7_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize7_iy = cast<int32_t>(floor(resize7_sy));
        Expr resize7_fy = resize7_sy - cast<float>(resize7_iy);
        resize7(x, y) = lerp(lerp(in1(resize7_ix, resize7_iy), in1(resize7_ix + 1, resize7_iy), resize7_fx), lerp(in1(resize7_ix, resize7_iy + 1), in1(resize7_ix + 1, resize7_iy + 1), resize7_fx), resize7_fy);
        r_iir8 = RDom(1, 8191, "r_iir8");
        iir8(x, y) = resize7(x, y);
        iir8(x, r_iir8.x) = 0.9f * iir8(x, r_iir8.x - 1) + 0.1f * iir8(x, r_iir8.x);
        iir8(x, 8191 - r_iir8.x) = 0.9f * iir8(x, 8192 - r_iir8.x) + 0.1f * iir8(x, 8191 - r_iir8.x);
        r_conv9 = RDom(0, 5, 0, 5, "r_conv9");
        conv9(x, y) = 0.0f;
        conv9(x, y) += iir8(x + r_conv9.x - 2, y + r_conv9.y - 2) * exp(-cast<float>((r_conv9.x - 2) * (r_conv9.x - 2) + (r_conv9.y - 2) * (r_conv9.y - 2)) * 0.3f);
        relu10(x, y) = max(conv9(x, y), 0.0f);
        act11(x, y) = 1.0f / (1.0f + exp(-relu10(x, y)));
        output(x, y) = (act11(x, y) + warp6(x, y)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 4096}});
        input2.set_estimates({{0, 3072}, {0, 4096}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 6144}, {0, 8192}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            act11.compute_root().vectorize(x, 8).parallel(y);
            relu10.compute_at(act11, y).vectorize(x, 8);
            conv9.compute_root().vectorize(x, 8).parallel(y);
            conv9.update(0).vectorize(x, 16).unroll(r_conv9.x).parallel(y);
            iir8.compute_root().vectorize(x, 8).parallel(y);
            iir8.update(0).vectorize(x, 8);
            iir8.update(1).vectorize(x, 16);
            warp6.compute_at(output, yo).vectorize(x, 16);
            lap5.compute_root().vectorize(x, 16).parallel(y);
            up2.compute_at(lap5, y).vectorize(x, 16);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp84, rp_84)
