// Random pipeline (seed 500): 11 stages over image2d 3072x3072 uint8 input.
// Steps: boundary, separable, conv, lut, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp500 : public Generator<Rp500> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv2;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, conv2{"conv2"}, curve3{"curve3"}, lut4{"lut4"};
    Func lap5{"lap5"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        blur1_x(x, y) = ((cast<float>(in0(x - 2, y)) * 0.003922f) + 4.0f * (cast<float>(in0(x - 1, y)) * 0.003922f) + 6.0f * (cast<float>(in0(x, y)) * 0.003922f) + 4.0f * (cast<float>(in0(x + 1, y)) * 0.003922f) + (cast<float>(in0(x + 2, y)) * 0.003922f)) * 0.0625f;
        blur1_y(x, y) = (blur1_x(x, y - 2) + 4.0f * blur1_x(x, y - 1) + 6.0f * blur1_x(x, y) + 4.0f * blur1_x(x, y + 1) + blur1_x(x, y + 2)) * 0.0625f;
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += blur1_y(x + r_conv2.x - 1, y + r_conv2.y - 1) * w_conv2(r_conv2.x, r_conv2.y);
        curve3(x) = sqrt(cast<float>(x) * 0.003922f);
        lut4(x, y) = curve3(clamp(cast<int32_t>(conv2(x, y) * 255.0f), 0, 255));
        lap5(x, y) = lut4(x - 1, y) + lut4(x + 1, y) + lut4(x, y - 1) + lut4(x, y + 1) - 4.0f * lut4(x, y);
        output(x, y) = cast<uint8_t>(clamp(lap5(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 3072}});
        gain.set_estimate(2.0f);
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 3072}, {0, 3072}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            lap5.compute_root().vectorize(x, 8).parallel(y);
            lut4.compute_at(lap5, y).vectorize(x, 8);
            curve3.compute_root().vectorize(x, 8);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp500, rp_500)
