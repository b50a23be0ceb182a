// Random pipeline (seed 386): 14 stages over image2d 1536x512 float input.
// Steps: boundary, lut, stencil, activation, conv, conv, binary, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp386 : public Generator<Rp386> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv5, r_conv6;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, grad3{"grad3"}, act4{"act4"}, conv5{"conv5"};
    Func conv6{"conv6"}, mul7{"mul7"}, lut8{"lut8"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        curve1(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut2(x, y) = curve1(clamp(cast<int32_t>(in0(x, y) * 255.0f), 0, 255));
        grad3(x, y) = sqrt((lut2(x + 1, y) - lut2(x - 1, y)) * (lut2(x + 1, y) - lut2(x - 1, y)) + (lut2(x, y + 1) - lut2(x, y - 1)) * (lut2(x, y + 1) - lut2(x, y - 1)));
        act4(x, y) = 1.0f / (1.0f + exp(-grad3(x, y)));
        r_conv5 = RDom(0, 3, 0, 3, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += act4(x + r_conv5.x - 1, y + r_conv5.y - 1) * exp(-cast<float>((r_conv5.x - 1) * (r_conv5.x - 1) + (r_conv5.y - 1) * (r_conv5.y - 1)) * 0.5f);
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y) = 0.0f;
        conv6(x, y) += conv5(x + r_conv6.x - 1, y + r_conv6.y - 1) * exp(-cast<float>((r_conv6.x - 1) * (r_conv6.x - 1) + (r_conv6.y - 1) * (r_conv6.y - 1)) * 0.3f);
        mul7(x, y) = conv6(x, y) * lut2(x, y);
        lut8(x, y) = curve1(clamp(cast<int32_t>(mul7(x, y) * 255.0f), 0, 255));
        output(x, y) = cast<uint16_t>(clamp(lut8(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 512}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 1536}, {0, 512}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            lut8.compute_at(output, y).vectorize(x, 8);
            mul7.compute_at(lut8, y).vectorize(x, 8);
            conv6.compute_root().vectorize(x, 16).parallel(y);
            conv6.update(0).vectorize(x, 8);
            conv5.compute_root().vectorize(x, 16).parallel(y);
            conv5.update(0).vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp386, rp_386)
