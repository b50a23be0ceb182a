// Random pipeline (seed 77): 16 stages over tensor4d 14x14x8x2 int16 input.
// Steps: boundary, activation, conv, activation, cast, binary, pointwise, conv, activation, pointwise, activation, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp77 : public Generator<Rp77> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv2{"w_conv2", 4};
    Input<Buffer<float>> b_conv2{"b_conv2", 1};
    Input<Buffer<float>> w_dw7{"w_dw7", 3};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv2, r_dw7;
    Func in0{"in0"}, act1{"act1"}, conv2{"conv2"}, act3{"act3"}, cvt4{"cvt4"}, mn5{"mn5"};
    Func pw6{"pw6"}, dw7{"dw7"}, relu8{"relu8"}, pw9{"pw9"}, act10{"act10"}, curve11{"curve11"};
    Func lut12{"lut12"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        act1(x, y, c, n) = log(1.0f + exp((cast<float>(in0(x, y, c, n)) * 0.000031f)));
        r_conv2 = RDom(0, 3, 0, 3, 0, 8, "r_conv2");
        conv2(x, y, c, n) = b_conv2(c);
        conv2(x, y, c, n) += act1(x + r_conv2.x - 1, y + r_conv2.y - 1, r_conv2.z, n) * w_conv2(r_conv2.x, r_conv2.y, r_conv2.z, c);
        act3(x, y, c, n) = max(conv2(x, y, c, n) - 0.25f, 0.0f);
        cvt4(x, y, c, n) = cast<int16_t>(clamp(act3(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
        mn5(x, y, c, n) = min((cast<float>(cvt4(x, y, c, n)) * 0.000031f), act3(x, y, c, n));
        pw6(x, y, c, n) = mn5(x, y, c, n) / (1.0f + abs(mn5(x, y, c, n))) * gain;
        r_dw7 = RDom(0, 5, 0, 5, "r_dw7");
        dw7(x, y, c, n) = 0.0f;
        dw7(x, y, c, n) += pw6(x + r_dw7.x - 2, y + r_dw7.y - 2, c, n) * w_dw7(r_dw7.x, r_dw7.y, c);
        relu8(x, y, c, n) = max(dw7(x, y, c, n), 0.0f);
        pw9(x, y, c, n) = floor(relu8(x, y, c, n) * 8.0f) * 0.125f * gain;
        act10(x, y, c, n) = max(pw9(x, y, c, n) - 0.25f, 0.0f);
        curve11(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut12(x, y, c, n) = curve11(clamp(cast<int32_t>(act10(x, y, c, n) * 255.0f), 0, 255));
        output(x, y, c, n) = cast<int16_t>(clamp(lut12(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 8}, {0, 2}});
        gain.set_estimate(1.25f);
        w_conv2.set_estimates({{0, 3}, {0, 3}, {0, 8}, {0, 8}});
        b_conv2.set_estimates({{0, 8}});
        w_dw7.set_estimates({{0, 5}, {0, 5}, {0, 8}});
        output.set_estimates({{0, 14}, {0, 14}, {0, 8}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            lut12.compute_root().vectorize(x, 8).parallel(c);
            act10.compute_root().vectorize(x, 8).parallel(c);
            dw7.compute_at(act10, c).vectorize(x, 8);
            dw7.update(0).vectorize(x, 8);
            mn5.compute_root().vectorize(x, 8).parallel(c);
            conv2.compute_root().vectorize(x, 8).parallel(c);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x).parallel(c);
            act1.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp77, rp_77)
