// Random pipeline (seed 128): 19 stages over tensor3d 128x128x24 float input.
// Steps: boundary, reduction, activation, pointwise, boundary, all_to_all, lut, scan, cast, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp128 : public Generator<Rp128> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> w_mix5{"w_mix5", 2};
    Input<Buffer<float>> w_conv10{"w_conv10", 4};
    Input<Buffer<float>> b_conv10{"b_conv10", 1};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_red1, r_mix5, r_iir8, r_conv10;
    Func in0{"in0"}, red1{"red1"}, act2{"act2"}, pw3{"pw3"}, pad4{"pad4"}, mix5{"mix5"};
    Func curve6{"curve6"}, lut7{"lut7"}, iir8{"iir8"}, cvt9{"cvt9"}, conv10{"conv10"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        r_red1 = RDom(0, 128, "r_red1");
        red1(y, c) = sum(in0(r_red1.x, y, c)) * 0.007813f;
        act2(y, c) = max(red1(y, c) - 0.25f, 0.0f);
        pw3(y, c) = act2(y, c) / (1.0f + abs(act2(y, c)));
        pad4(y, c) = BoundaryConditions::constant_exterior(pw3, 0.0f, {{0, 128}, {0, 24}})(y, c);
        r_mix5 = RDom(0, 24, "r_mix5");
        mix5(y, c) = 0.0f;
        mix5(y, c) += red1(y, r_mix5.x) * w_mix5(r_mix5.x, clamp(c, 0, 23));
        curve6(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut7(y, c) = curve6(clamp(cast<int32_t>(pad4(y, c) * 255.0f), 0, 255));
        r_iir8 = RDom(1, 127, "r_iir8");
        iir8(y, c) = lut7(y, c);
        iir8(r_iir8.x, c) = 0.5f * iir8(r_iir8.x - 1, c) + 0.5f * iir8(r_iir8.x, c);
        cvt9(y, c) = cast<uint16_t>(clamp(iir8(y, c) * 65535.0f, 0.0f, 65535.0f));
        r_conv10 = RDom(0, 3, 0, 3, 0, 24, "r_conv10");
        conv10(x, y, c) = b_conv10(c);
        conv10(x, y, c) += in0(x + r_conv10.x - 1, y + r_conv10.y - 1, r_conv10.z) * w_conv10(r_conv10.x, r_conv10.y, r_conv10.z, c);
        output(x, y, c) = (conv10(x, y, c) + mix5(y, c) + (cast<float>(cvt9(y, c)) * 0.000015f)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 24}});
        w_mix5.set_estimates({{0, 24}, {0, 24}});
        w_conv10.set_estimates({{0, 3}, {0, 3}, {0, 24}, {0, 24}});
        b_conv10.set_estimates({{0, 24}});
        output.set_estimates({{0, 128}, {0, 128}, {0, 24}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            conv10.compute_at(output, yi).vectorize(x, 8);
            conv10.update(0).vectorize(x, 8).unroll(r_conv10.x);
            iir8.compute_root().parallel(c);
            iir8.update(0).vectorize(c, 8);
            mix5.compute_at(output, yi);
            mix5.update(0).vectorize(y, 16);
            act2.compute_root().parallel(c);
            red1.compute_root().parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp128, rp_128)
