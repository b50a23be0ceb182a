// Random pipeline (seed 342): 15 stages over image3d 2048x2048x3 uint8 input.
// Steps: boundary, lut, binary, reduction, conv, lut, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp342 : public Generator<Rp342> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv5{"w_conv5", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mean4, r_conv5;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, mx3{"mx3"}, mean4{"mean4"}, conv5{"conv5"};
    Func curve6{"curve6"}, lut7{"lut7"}, lap8{"lap8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        curve1(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut2(x, y, c) = curve1(clamp(cast<int32_t>(in0(x, y, c)) * 256 / 256, 0, 255));
        mx3(x, y, c) = max(lut2(x, y, c), curve1(x / 8));
        r_mean4 = RDom(0, 2048, "r_mean4");
        mean4(x, c) = 0.0f;
        mean4(x, c) += mx3(x, r_mean4.x, c);
        mean4(x, c) = mean4(x, c) * 0.000488f;
        r_conv5 = RDom(0, 5, 0, 5, "r_conv5");
        conv5(x, y, c) = 0.0f;
        conv5(x, y, c) += mx3(x + r_conv5.x - 2, y + r_conv5.y - 2, c) * w_conv5(r_conv5.x, r_conv5.y);
        curve6(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut7(x, y, c) = curve6(clamp(cast<int32_t>(conv5(x, y, c) * 255.0f), 0, 255));
        lap8(x) = curve1(x - 1) + curve1(x + 1) - 2.0f * curve1(x);
        output(x, y, c) = cast<uint8_t>(clamp((lap8(x) + mean4(x * 8, c) + lut7(x * 8, y, c)) * 0.333333f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2048}, {0, 3}});
        gain.set_estimate(1.0f);
        w_conv5.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 256}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            conv5.compute_at(output, xo).vectorize(x, 8);
            conv5.update(0).vectorize(x, 16).unroll(r_conv5.x);
            mean4.compute_root().vectorize(x, 16);
            mean4.update(0).vectorize(x, 16);
            mean4.update(1).vectorize(x, 16);
            mx3.compute_root().vectorize(x, 8).parallel(y);
            curve1.compute_root().vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp342, rp_342)
