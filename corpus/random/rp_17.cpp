// Random pipeline (seed 17): 14 stages over image2d 4096x4096 int16 input.
// Steps: boundary, separable, scan, stencil, scan, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp17 : public Generator<Rp17> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir2, r_iir4, r_conv5;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, iir2{"iir2"}, box3{"box3"}, iir4{"iir4"};
    Func conv5{"conv5"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        blur1_x(x, y) = ((cast<float>(in0(x - 2, y)) * 0.000031f) + 4.0f * (cast<float>(in0(x - 1, y)) * 0.000031f) + 6.0f * (cast<float>(in0(x, y)) * 0.000031f) + 4.0f * (cast<float>(in0(x + 1, y)) * 0.000031f) + (cast<float>(in0(x + 2, y)) * 0.000031f)) * 0.0625f;
        blur1_y(x, y) = (blur1_x(x, y - 2) + 4.0f * blur1_x(x, y - 1) + 6.0f * blur1_x(x, y) + 4.0f * blur1_x(x, y + 1) + blur1_x(x, y + 2)) * 0.0625f;
        r_iir2 = RDom(1, 4095, "r_iir2");
        iir2(x, y) = blur1_y(x, y);
        iir2(r_iir2.x, y) = 0.9f * iir2(r_iir2.x - 1, y) + 0.1f * iir2(r_iir2.x, y);
        box3(x, y) = (blur1_x(x - 1, y - 1) + blur1_x(x, y - 1) + blur1_x(x + 1, y - 1) + blur1_x(x - 1, y) + blur1_x(x, y) + blur1_x(x + 1, y) + blur1_x(x - 1, y + 1) + blur1_x(x, y + 1) + blur1_x(x + 1, y + 1)) * 0.111111f;
        r_iir4 = RDom(1, 4095, "r_iir4");
        iir4(x, y) = box3(x, y);
        iir4(x, r_iir4.x) = 0.8f * iir4(x, r_iir4.x - 1) + 0.2f * iir4(x, r_iir4.x);
        iir4(x, 4095 - r_iir4.x) = 0.8f * iir4(x, 4096 - r_iir4.x) + 0.2f * iir4(x, 4095 - r_iir4.x);
        r_conv5 = RDom(0, 5, 0, 5, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += iir2(x + r_conv5.x - 2, y + r_conv5.y - 2) * exp(-cast<float>((r_conv5.x - 2) * (r_conv5.x - 2) + (r_conv5.y - 2) * (r_conv5.y - 2)) * 0.8f);
        output(x, y) = cast<uint16_t>(clamp((conv5(x, y) + iir4(x, y)) * 0.5f * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 4096}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 4096}, {0, 4096}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            conv5.compute_root().vectorize(x, 8).parallel(y);
            conv5.update(0).vectorize(x, 16).unroll(r_conv5.x).parallel(y);
            iir4.compute_root().vectorize(x, 16).parallel(y);
            iir4.update(0).vectorize(x, 8);
            iir4.update(1).vectorize(x, 16);
            box3.compute_root().vectorize(x, 8).parallel(y);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(y, 8);
            blur1_y.compute_root().vectorize(x, 16).parallel(y);
            blur1_x.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp17, rp_17)
