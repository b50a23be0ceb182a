// Random pipeline (seed 107): 17 stages over image3d 2048x1920x4 uint16 input.
// Steps: boundary, boundary, conv, boundary, separable, reduction, lut, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp107 : public Generator<Rp107> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv2, r_red5;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, pad3{"pad3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func red5{"red5"}, curve6{"curve6"}, lut7{"lut7"}, dilate8{"dilate8"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.000015f) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.3f);
        pad3(x, y) = BoundaryConditions::mirror_image(conv2, {{0, 2048}, {0, 1920}})(x, y);
        blur4_x(x, y) = (pad3(x - 1, y) + 2.0f * pad3(x, y) + pad3(x + 1, y)) * 0.25f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + 2.0f * blur4_x(x, y) + blur4_x(x, y + 1)) * 0.25f;
        r_red5 = RDom(0, 1920, "r_red5");
        red5(x) = sum(blur4_y(x, r_red5.x)) * 0.000521f;
        curve6(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut7(x) = curve6(clamp(cast<int32_t>(red5(x) * 255.0f), 0, 255));
        dilate8(x) = max(max(lut7(x), lut7(x - 1)), lut7(x + 1));
        output(x, y, c) = cast<uint16_t>(clamp((dilate8(x) + (cast<float>(in0(x, y, c)) * 0.000015f)) * 0.5f * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1920}, {0, 4}});
        input2.set_estimates({{0, 2048}, {0, 1920}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 2048}, {0, 1920}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            dilate8.compute_root().vectorize(x, 16);
            curve6.compute_root().vectorize(x, 16);
            red5.compute_root().vectorize(x, 8);
            pad3.compute_root().vectorize(x, 8).parallel(y);
            conv2.compute_root().vectorize(x, 16).parallel(y);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp107, rp_107)
