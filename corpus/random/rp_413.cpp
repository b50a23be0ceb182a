// Random pipeline (seed 413): 14 stages over image2d 768x1920 int16 input.
// Steps: boundary, reduction, binary, cast, pointwise, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp413 : public Generator<Rp413> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv5{"w_conv5", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_mean1, r_conv5;
    Func in0{"in0"}, mean1{"mean1"}, blend2{"blend2"}, cvt3{"cvt3"}, pw4{"pw4"}, conv5{"conv5"};
    Func relu6{"relu6"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        r_mean1 = RDom(0, 768, "r_mean1");
        mean1(y) = 0.0f;
        mean1(y) += (cast<float>(in0(r_mean1.x, y)) * 0.000031f);
        mean1(y) = mean1(y) * 0.001302f;
        blend2(x, y) = lerp((cast<float>(in0(x, y)) * 0.000031f), mean1(y), 0.3f);
        cvt3(x, y) = cast<int32_t>(blend2(x, y) * 1024.0f);
        pw4(x, y) = sin((cast<float>(cvt3(x, y)) * 0.000977f)) * 0.5f + 0.5f * gain;
        r_conv5 = RDom(0, 3, 0, 3, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += pw4(x + r_conv5.x - 1, y + r_conv5.y - 1) * w_conv5(r_conv5.x, r_conv5.y);
        relu6(x, y) = max(conv5(x, y), 0.0f);
        output(x, y) = cast<uint16_t>(clamp(relu6(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1920}});
        gain.set_estimate(0.5f);
        w_conv5.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 1920}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            relu6.compute_root().vectorize(x, 8).parallel(y);
            conv5.compute_at(relu6, y).vectorize(x, 16);
            conv5.update(0).vectorize(x, 8);
            cvt3.compute_root().vectorize(x, 16).parallel(y);
            mean1.compute_root().parallel(y);
            mean1.update(0).vectorize(y, 16);
            mean1.update(1).vectorize(y, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp413, rp_413)
