// Random pipeline (seed 480): 15 stages over image2d 384x256 uint16 input.
// Steps: boundary, stencil, downsample, conv, pointwise, stencil, upsample, stencil, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp480 : public Generator<Rp480> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3, r_hist8;
    Func in0{"in0"}, dilate1{"dilate1"}, down2_x{"down2_x"}, down2_y{"down2_y"}, conv3{"conv3"}, pw4{"pw4"};
    Func lap5{"lap5"}, up6{"up6"}, lap7{"lap7"}, hist8{"hist8"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        dilate1(x, y) = max(max(max(max(in0(x, y), in0(x - 1, y)), in0(x + 1, y)), in0(x, y - 1)), in0(x, y + 1));
        down2_x(x, y) = ((cast<float>(dilate1(2 * x - 1, y)) * 0.000015f) + 3.0f * (cast<float>(dilate1(2 * x, y)) * 0.000015f) + 3.0f * (cast<float>(dilate1(2 * x + 1, y)) * 0.000015f) + (cast<float>(dilate1(2 * x + 2, y)) * 0.000015f)) * 0.125f;
        down2_y(x, y) = (down2_x(x, 2 * y - 1) + 3.0f * down2_x(x, 2 * y) + 3.0f * down2_x(x, 2 * y + 1) + down2_x(x, 2 * y + 2)) * 0.125f;
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += down2_y(x + r_conv3.x - 1, y + r_conv3.y - 1) * w_conv3(r_conv3.x, r_conv3.y);
        pw4(x, y) = sin(conv3(x, y)) * 0.5f + 0.5f;
        lap5(x, y) = pw4(x - 1, y) + pw4(x + 1, y) + pw4(x, y - 1) + pw4(x, y + 1) - 4.0f * pw4(x, y);
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp(lap5(x / 2, y / 2), lap5(x / 2 + 1, y / 2), up6_fx), lerp(lap5(x / 2, y / 2 + 1), lap5(x / 2 + 1, y / 2 + 1), up6_fx), up6_fy);
        lap7(x, y) = (cast<float>(in0(x - 1, y)) * 0.000015f) + (cast<float>(in0(x + 1, y)) * 0.000015f) + (cast<float>(in0(x, y - 1)) * 0.000015f) + (cast<float>(in0(x, y + 1)) * 0.000015f) - 4.0f * (cast<float>(in0(x, y)) * 0.000015f);
        r_hist8 = RDom(0, 384, 0, 256, "r_hist8");
        hist8(x) = 0;
        hist8(clamp(cast<int32_t>(lap7(r_hist8.x, r_hist8.y) * 63.0f), 0, 63)) += 1;
        output(x, y) = cast<uint16_t>(clamp(((cast<float>(hist8(x)) * 0.000977f) + up6(x * 6, y)) * 0.5f * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 256}});
        gain.set_estimate(2.0f);
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 64}, {0, 256}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            hist8.compute_root();
            lap7.compute_root().vectorize(x, 16).parallel(y);
            pw4.compute_at(output, xo).vectorize(x, 8);
            conv3.compute_at(pw4, y).vectorize(x, 8);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x);
            down2_x.compute_root().vectorize(x, 8).parallel(y);
            dilate1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp480, rp_480)
