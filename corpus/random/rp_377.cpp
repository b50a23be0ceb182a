// Random pipeline (seed 377): 18 stages over tensor4d 56x56x8x4 float input.
// Steps: boundary, lut, conv, all_to_all, stencil, lut, slice, slice, all_to_all, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp377 : public Generator<Rp377> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv3{"w_conv3", 4};
    Input<Buffer<float>> b_conv3{"b_conv3", 1};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv3, r_mm4, r_mix9, r_iir10;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, conv3{"conv3"}, mm4{"mm4"}, dilate5{"dilate5"};
    Func lut6{"lut6"}, slice7{"slice7"}, slice8{"slice8"}, mix9{"mix9"}, iir10{"iir10"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        curve1(x) = sqrt(cast<float>(x) * 0.003922f);
        lut2(x, y, c, n) = curve1(clamp(cast<int32_t>(in0(x, y, c, n) * 255.0f), 0, 255));
        r_conv3 = RDom(0, 1, 0, 1, 0, 8, "r_conv3");
        conv3(x, y, c, n) = b_conv3(c);
        conv3(x, y, c, n) += lut2(x + r_conv3.x, y + r_conv3.y, r_conv3.z, n) * w_conv3(r_conv3.x, r_conv3.y, r_conv3.z, c);
        r_mm4 = RDom(0, 56, "r_mm4");
        mm4(x, y, c, n) = 0.0f;
        mm4(x, y, c, n) += conv3(r_mm4.x, y, c, n) * (cast<float>((r_mm4.x + 2 * x) % 7) * 0.1f - 0.3f);
        dilate5(x, y, c, n) = max(max(max(max(mm4(x, y, c, n), mm4(x - 1, y, c, n)), mm4(x + 1, y, c, n)), mm4(x, y - 1, c, n)), mm4(x, y + 1, c, n));
        lut6(x, y, c, n) = curve1(clamp(cast<int32_t>(dilate5(x, y, c, n) * 255.0f), 0, 255));
        slice7(y, c, n) = lut6(28, y, c, n);
        slice8(c, n) = slice7(24, c, n);
        r_mix9 = RDom(0, 8, "r_mix9");
        mix9(c, n) = 0.0f;
        mix9(c, n) += slice8(r_mix9.x, n) * (cast<float>((r_mix9.x + 2 * c) % 7) * 0.1f - 0.3f);
        r_iir10 = RDom(1, 55, "r_iir10");
        iir10(y, c, n) = slice7(y, c, n);
        iir10(r_iir10.x, c, n) = 0.7f * iir10(r_iir10.x - 1, c, n) + 0.3f * iir10(r_iir10.x, c, n);
        output(y, c, n) = (iir10(y, c, n) + mix9(c, n)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 4}});
        gain.set_estimate(2.0f);
        w_conv3.set_estimates({{0, 1}, {0, 1}, {0, 8}, {0, 8}});
        b_conv3.set_estimates({{0, 8}});
        output.set_estimates({{0, 56}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.parallel(n);
            iir10.compute_root().parallel(n);
            iir10.update(0).vectorize(c, 8);
            mix9.compute_at(output, c);
            mix9.update(0).vectorize(c, 8);
            slice8.compute_root().parallel(n);
            slice7.compute_root().parallel(n);
            lut6.compute_root().vectorize(x, 8).parallel(n);
            dilate5.compute_at(lut6, n).vectorize(x, 8);
            mm4.compute_root().vectorize(x, 8).parallel(n);
            mm4.update(0).vectorize(x, 8);
            conv3.compute_root().vectorize(x, 8).parallel(n);
            conv3.update(0).vectorize(x, 8);
            lut2.compute_root().vectorize(x, 8).parallel(n);
            curve1.compute_root().vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp377, rp_377)
