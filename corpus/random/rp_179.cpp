// Random pipeline (seed 179): 13 stages over image2d 768x3072 uint8 input.
// Steps: boundary, conv, pointwise, separable, binary, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp179 : public Generator<Rp179> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1, r_conv5;
    Func in0{"in0"}, conv1{"conv1"}, pw2{"pw2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, mul4{"mul4"};
    Func conv5{"conv5"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1)) * 0.003922f) * w_conv1(r_conv1.x, r_conv1.y);
        pw2(x, y) = sin(conv1(x, y)) * 0.5f + 0.5f;
        blur3_x(x, y) = (pw2(x - 1, y) + 2.0f * pw2(x, y) + pw2(x + 1, y)) * 0.25f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + 2.0f * blur3_x(x, y) + blur3_x(x, y + 1)) * 0.25f;
        mul4(x, y) = blur3_y(x, y) * (cast<float>(in0(x, y)) * 0.003922f);
        r_conv5 = RDom(0, 3, 0, 3, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += mul4(x + r_conv5.x - 1, y + r_conv5.y - 1) * exp(-cast<float>((r_conv5.x - 1) * (r_conv5.x - 1) + (r_conv5.y - 1) * (r_conv5.y - 1)) * 0.3f);
        output(x, y) = cast<uint8_t>(clamp(conv5(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 3072}});
        gain.set_estimate(0.5f);
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 3072}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            conv5.compute_root().vectorize(x, 8).parallel(y);
            conv5.update(0).vectorize(x, 16).unroll(r_conv5.x).parallel(y);
            blur3_y.compute_root().vectorize(x, 8).parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            conv1.compute_root().vectorize(x, 8).parallel(y);
            conv1.update(0).vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp179, rp_179)
