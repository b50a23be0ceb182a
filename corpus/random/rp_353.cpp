// Random pipeline (seed 353): 20 stages over tensor4d 28x28x16x2 uint8 input.
// Steps: boundary, histogram, stencil, conv, activation, reduction, conv, slice, conv, binary, transpose, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp353 : public Generator<Rp353> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv8{"w_conv8", 2};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_hist1, r_conv3, r_red5, r_conv6, r_conv8;
    Func in0{"in0"}, hist1{"hist1"}, lap2{"lap2"}, conv3{"conv3"}, relu4{"relu4"}, red5{"red5"};
    Func conv6{"conv6"}, slice7{"slice7"}, conv8{"conv8"}, mn9{"mn9"}, tr10{"tr10"}, pw11{"pw11"};
    Func blend12{"blend12"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        r_hist1 = RDom(0, 28, 0, 28, 0, 16, 0, 2, "r_hist1");
        hist1(x) = 0;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y, r_hist1.z, r_hist1.w)) * 256 / 256, 0, 255)) += 1;
        lap2(x) = (cast<float>(hist1(x - 1)) * 0.000977f) + (cast<float>(hist1(x + 1)) * 0.000977f) - 2.0f * (cast<float>(hist1(x)) * 0.000977f);
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c, n) = 0.0f;
        conv3(x, y, c, n) += (cast<float>(in0(x + r_conv3.x - 1, y + r_conv3.y - 1, c, n)) * 0.003922f) * exp(-cast<float>((r_conv3.x - 1) * (r_conv3.x - 1) + (r_conv3.y - 1) * (r_conv3.y - 1)) * 0.3f);
        relu4(x, y, c, n) = max(conv3(x, y, c, n), 0.0f);
        r_red5 = RDom(0, 28, "r_red5");
        red5(x, c, n) = sum(relu4(x, r_red5.x, c, n)) * 0.035714f;
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y, c, n) = 0.0f;
        conv6(x, y, c, n) += relu4(x + r_conv6.x - 1, y + r_conv6.y - 1, c, n) * exp(-cast<float>((r_conv6.x - 1) * (r_conv6.x - 1) + (r_conv6.y - 1) * (r_conv6.y - 1)) * 0.8f);
        slice7(x, y, n) = conv6(x, y, 13, n);
        r_conv8 = RDom(0, 3, 0, 3, "r_conv8");
        conv8(x, y, n) = 0.0f;
        conv8(x, y, n) += slice7(x + r_conv8.x - 1, y + r_conv8.y - 1, n) * w_conv8(r_conv8.x, r_conv8.y);
        mn9(x, y, c, n) = min(relu4(x, y, c, n), conv8(x, y, n));
        tr10(x, y, c, n) = mn9(y, x, c, n);
        pw11(x, y, c, n) = tr10(x, y, c, n) * tr10(x, y, c, n) * 0.5f - tr10(x, y, c, n) * gain;
        blend12(x, y, c, n) = lerp(pw11(x, y, c, n), tr10(x, y, c, n), 0.3f);
        output(x, y, c, n) = cast<uint8_t>(clamp((blend12(x, y, c, n) + lap2(x * 64 / 7) + red5(x, c, n)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 16}, {0, 2}});
        gain.set_estimate(1.0f);
        w_conv8.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 16}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            pw11.compute_at(output, c).vectorize(x, 8);
            tr10.compute_root().vectorize(x, 8).parallel(c);
            mn9.compute_at(tr10, n).vectorize(x, 8);
            conv8.compute_root().vectorize(x, 8).parallel(y);
            conv8.update(0).vectorize(x, 8).unroll(r_conv8.x).parallel(y);
            conv6.compute_root().vectorize(x, 8).parallel(c);
            conv6.update(0).vectorize(x, 8).parallel(c);
            red5.compute_root().vectorize(x, 8).parallel(c);
            relu4.compute_root().vectorize(x, 8).parallel(c);
            conv3.compute_root().vectorize(x, 8).parallel(c);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x);
            lap2.compute_root().vectorize(x, 16);
            hist1.compute_root();
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp353, rp_353)
