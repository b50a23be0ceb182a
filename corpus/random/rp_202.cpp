// Random pipeline (seed 202): 18 stages over image3d 384x384x3 uint16 input.
// Steps: boundary, boundary, downsample, scan, upsample, slice, separable, stencil, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp202 : public Generator<Rp202> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir3;
    Func in0{"in0"}, in1{"in1"}, down2{"down2"}, iir3{"iir3"}, up4_x{"up4_x"}, up4_y{"up4_y"};
    Func slice5{"slice5"}, blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, lap7{"lap7"}, add8{"add8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, cast<uint16_t>(0))(x, y, c);
        down2(x, y, c) = ((cast<float>(in1(2 * x, 2 * y, c)) * 0.000015f) + (cast<float>(in1(2 * x + 1, 2 * y, c)) * 0.000015f) + (cast<float>(in1(2 * x, 2 * y + 1, c)) * 0.000015f) + (cast<float>(in1(2 * x + 1, 2 * y + 1, c)) * 0.000015f)) * 0.25f;
        r_iir3 = RDom(1, 191, "r_iir3");
        iir3(x, y, c) = down2(x, y, c);
        iir3(r_iir3.x, y, c) = 0.9f * iir3(r_iir3.x - 1, y, c) + 0.1f * iir3(r_iir3.x, y, c);
        up4_x(x, y, c) = 0.25f * iir3((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * iir3(x / 2, y, c);
        up4_y(x, y, c) = 0.25f * up4_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up4_x(x, y / 2, c);
        slice5(x, y) = up4_y(x, y, 2);
        blur6_x(x, y, c) = (down2(x - 1, y, c) + 3.0f * down2(x, y, c) + 3.0f * down2(x + 1, y, c) + down2(x + 2, y, c)) * 0.125f;
        blur6_y(x, y, c) = (blur6_x(x, y - 1, c) + 3.0f * blur6_x(x, y, c) + 3.0f * blur6_x(x, y + 1, c) + blur6_x(x, y + 2, c)) * 0.125f;
        lap7(x, y, c) = (cast<float>(in1(x - 1, y, c)) * 0.000015f) + (cast<float>(in1(x + 1, y, c)) * 0.000015f) + (cast<float>(in1(x, y - 1, c)) * 0.000015f) + (cast<float>(in1(x, y + 1, c)) * 0.000015f) - 4.0f * (cast<float>(in1(x, y, c)) * 0.000015f);
        add8(x, y, c) = lap7(x, y, c) + blur6_y(x / 2, y / 2, c);
        output(x, y, c) = cast<uint16_t>(clamp((add8(x, y, c) + (cast<float>(in0(x, y, c)) * 0.000015f) + slice5(x, y)) * 0.333333f * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 384}, {0, 3}});
        input2.set_estimates({{0, 384}, {0, 384}, {0, 3}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 384}, {0, 384}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            blur6_y.compute_root().vectorize(x, 16).parallel(y);
            blur6_x.compute_root().vectorize(x, 16).parallel(y);
            slice5.compute_at(output, yo).vectorize(x, 16);
            up4_y.compute_at(slice5, y).vectorize(x, 8);
            iir3.compute_root().vectorize(x, 8).parallel(y);
            iir3.update(0).vectorize(y, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp202, rp_202)
