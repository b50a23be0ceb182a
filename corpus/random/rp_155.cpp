// Random pipeline (seed 155): 7 stages over image3d 384x512x3 uint8 input.
// Steps: boundary, upsample, lut, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp155 : public Generator<Rp155> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 1};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_hist4;
    Func in0{"in0"}, up1{"up1"}, curve2{"curve2"}, lut3{"lut3"}, hist4{"hist4"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        Expr up1_fx = cast<float>(x % 2) * 0.5f;
        Expr up1_fy = cast<float>(y % 2) * 0.5f;
        up1(x, y, c) = lerp(lerp((cast<float>(in0(x / 2, y / 2, c)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2, c)) * 0.003922f), up1_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1, c)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2 + 1, c)) * 0.003922f), up1_fx), up1_fy);
        curve2(x) = pow(cast<float>(x) * 0.000978f, 0.4545f);
        lut3(x, y, c) = curve2(clamp(cast<int32_t>(up1(x, y, c) * 1023.0f), 0, 1023));
        r_hist4 = RDom(0, 768, 0, 1024, 0, 3, "r_hist4");
        hist4(x) = 0;
        hist4(clamp(cast<int32_t>(lut3(r_hist4.x, r_hist4.y, r_hist4.z) * 63.0f), 0, 63)) += 1;
        output(x) = cast<uint16_t>(clamp((cast<float>(hist4(x)) * 0.000977f) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 512}, {0, 3}});
        output.set_estimates({{0, 64}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            hist4.compute_root().vectorize(x, 16);
            hist4.update(0).unroll(r_hist4.z);
            lut3.compute_root().vectorize(x, 16).parallel(y);
            up1.compute_at(lut3, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp155, rp_155)
