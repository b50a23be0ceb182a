// Random pipeline (seed 420): 11 stages over image2d 3072x3072 uint16 input.
// Steps: boundary, activation, conv, activation, conv, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp420 : public Generator<Rp420> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_conv2, r_conv4;
    Func in0{"in0"}, act1{"act1"}, conv2{"conv2"}, relu3{"relu3"}, conv4{"conv4"}, up5{"up5"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        act1(x, y) = 1.0f / (1.0f + exp(-(cast<float>(in0(x, y)) * 0.000015f)));
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += act1(x + r_conv2.x - 1, y + r_conv2.y - 1) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.8f);
        relu3(x, y) = max(conv2(x, y), 0.0f);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += relu3(x + r_conv4.x - 1, y + r_conv4.y - 1) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.3f);
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y) = lerp(lerp(conv4(x / 2, y / 2), conv4(x / 2 + 1, y / 2), up5_fx), lerp(conv4(x / 2, y / 2 + 1), conv4(x / 2 + 1, y / 2 + 1), up5_fx), up5_fy);
        output(x, y) = cast<uint16_t>(clamp(up5(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 3072}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 6144}, {0, 6144}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            up5.compute_root().vectorize(x, 8).parallel(y);
            conv4.compute_at(up5, y).vectorize(x, 16);
            conv4.update(0).vectorize(x, 16).unroll(r_conv4.x);
            relu3.compute_root().vectorize(x, 16).parallel(y);
            conv2.compute_at(relu3, y).vectorize(x, 8);
            conv2.update(0).vectorize(x, 8);
            act1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp420, rp_420)
