// Random pipeline (seed 96): 20 stages over tensor4d 56x56x16x8 float input.
// Steps: boundary, boundary, conv, activation, scan, conv, all_to_all, separable, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp96 : public Generator<Rp96> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv2, r_iir4, r_conv5, r_mm6;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, relu3{"relu3"}, iir4{"iir4"}, conv5{"conv5"};
    Func mm6{"mm6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, down8{"down8"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_conv2 = RDom(0, 5, 0, 5, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += in1(x + r_conv2.x - 2, y + r_conv2.y - 2) * w_conv2(r_conv2.x, r_conv2.y);
        relu3(x, y) = max(conv2(x, y), 0.0f);
        r_iir4 = RDom(1, 55, "r_iir4");
        iir4(x, y) = relu3(x, y);
        iir4(r_iir4.x, y) = 0.9f * iir4(r_iir4.x - 1, y) + 0.1f * iir4(r_iir4.x, y);
        iir4(55 - r_iir4.x, y) = 0.9f * iir4(56 - r_iir4.x, y) + 0.1f * iir4(55 - r_iir4.x, y);
        r_conv5 = RDom(0, 3, 0, 3, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += iir4(x + r_conv5.x - 1, y + r_conv5.y - 1) * exp(-cast<float>((r_conv5.x - 1) * (r_conv5.x - 1) + (r_conv5.y - 1) * (r_conv5.y - 1)) * 0.5f);
        r_mm6 = RDom(0, 56, "r_mm6");
        mm6(x, y) = 0.0f;
        mm6(x, y) += conv5(r_mm6.x, y) * (cast<float>((r_mm6.x + 2 * x) % 7) * 0.1f - 0.3f);
        blur7_x(x, y) = (mm6(x - 1, y) + 3.0f * mm6(x, y) + 3.0f * mm6(x + 1, y) + mm6(x + 2, y)) * 0.125f;
        blur7_y(x, y) = (blur7_x(x, y - 1) + 3.0f * blur7_x(x, y) + 3.0f * blur7_x(x, y + 1) + blur7_x(x, y + 2)) * 0.125f;
        down8(x, y) = (blur7_y(2 * x, 2 * y) + blur7_y(2 * x + 1, 2 * y) + blur7_y(2 * x, 2 * y + 1) + blur7_y(2 * x + 1, 2 * y + 1)) * 0.25f;
        output(x, y, c, n) = (down8(x, y) + in0(x * 2, y * 2, c, n)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 16}, {0, 8}});
        input2.set_estimates({{0, 56}, {0, 56}});
        gain.set_estimate(1.0f);
        w_conv2.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            down8.compute_root().vectorize(x, 8).parallel(y);
            blur7_x.compute_root().vectorize(x, 8).parallel(y);
            mm6.compute_at(blur7_x, y).vectorize(x, 8);
            mm6.update(0).vectorize(x, 8);
            conv5.compute_root().vectorize(x, 8).parallel(y);
            conv5.update(0).vectorize(x, 8).parallel(y);
            iir4.compute_root().vectorize(x, 8).parallel(y);
            iir4.update(0).vectorize(y, 8);
            iir4.update(1).vectorize(y, 8);
            relu3.compute_root().vectorize(x, 8).parallel(y);
            conv2.compute_at(relu3, y).vectorize(x, 8);
            conv2.update(0).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp96, rp_96)
