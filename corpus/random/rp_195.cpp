// Random pipeline (seed 195): 18 stages over tensor3d 112x112x64 float input.
// Steps: boundary, boundary, all_to_all, pointwise, separable, binary, conv, activation, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp195 : public Generator<Rp195> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv6{"w_conv6", 4};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mix2, r_conv6, r_iir8;
    Func in0{"in0"}, in1{"in1"}, mix2{"mix2"}, pw3{"pw3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func mx5{"mx5"}, conv6{"conv6"}, relu7{"relu7"}, iir8{"iir8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        r_mix2 = RDom(0, 64, "r_mix2");
        mix2(x, y, c) = 0.0f;
        mix2(x, y, c) += in1(x, y, r_mix2.x) * (cast<float>((r_mix2.x + 2 * c) % 7) * 0.1f - 0.3f);
        pw3(x, y, c) = sin(mix2(x, y, c)) * 0.5f + 0.5f * gain;
        blur4_x(x, y, c) = (pw3(x - 2, y, c) + 4.0f * pw3(x - 1, y, c) + 6.0f * pw3(x, y, c) + 4.0f * pw3(x + 1, y, c) + pw3(x + 2, y, c)) * 0.0625f;
        blur4_y(x, y, c) = (blur4_x(x, y - 2, c) + 4.0f * blur4_x(x, y - 1, c) + 6.0f * blur4_x(x, y, c) + 4.0f * blur4_x(x, y + 1, c) + blur4_x(x, y + 2, c)) * 0.0625f;
        mx5(x, y, c) = max(blur4_y(x, y, c), in0(x, y, c));
        r_conv6 = RDom(0, 3, 0, 3, 0, 64, "r_conv6");
        conv6(x, y, c) = 0.0f;
        conv6(x, y, c) += mx5(x + r_conv6.x - 1, y + r_conv6.y - 1, r_conv6.z) * w_conv6(r_conv6.x, r_conv6.y, r_conv6.z, c);
        relu7(x, y, c) = max(conv6(x, y, c), 0.0f);
        r_iir8 = RDom(1, 111, "r_iir8");
        iir8(x, y, c) = relu7(x, y, c);
        iir8(r_iir8.x, y, c) = 0.7f * iir8(r_iir8.x - 1, y, c) + 0.3f * iir8(r_iir8.x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(iir8(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 64}});
        input2.set_estimates({{0, 112}, {0, 112}, {0, 64}});
        gain.set_estimate(0.5f);
        w_conv6.set_estimates({{0, 3}, {0, 3}, {0, 64}, {0, 64}});
        output.set_estimates({{0, 112}, {0, 112}, {0, 64}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            iir8.compute_root().vectorize(x, 16).parallel(c);
            iir8.update(0).vectorize(y, 16);
            relu7.compute_root().vectorize(x, 8).parallel(c);
            conv6.compute_at(relu7, y).vectorize(x, 16);
            conv6.update(0).vectorize(x, 8).unroll(r_conv6.x);
            mx5.compute_root().vectorize(x, 16).parallel(c);
            blur4_y.compute_at(mx5, c).vectorize(x, 8);
            mix2.compute_at(blur4_y, c).vectorize(x, 16);
            mix2.update(0).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_at(mx5, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp195, rp_195)
