// Random pipeline (seed 204): 12 stages over image2d 1280x3072 uint16 input.
// Steps: boundary, separable, binary, conv, conv, reindex.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp204 : public Generator<Rp204> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3, r_conv4;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, add2{"add2"}, conv3{"conv3"}, conv4{"conv4"};
    Func shift5{"shift5"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        blur1_x(x, y) = ((cast<float>(in0(x - 2, y)) * 0.000015f) + 4.0f * (cast<float>(in0(x - 1, y)) * 0.000015f) + 6.0f * (cast<float>(in0(x, y)) * 0.000015f) + 4.0f * (cast<float>(in0(x + 1, y)) * 0.000015f) + (cast<float>(in0(x + 2, y)) * 0.000015f)) * 0.0625f;
        blur1_y(x, y) = (blur1_x(x, y - 2) + 4.0f * blur1_x(x, y - 1) + 6.0f * blur1_x(x, y) + 4.0f * blur1_x(x, y + 1) + blur1_x(x, y + 2)) * 0.0625f;
        add2(x, y) = blur1_y(x, y) + (cast<float>(in0(x, y)) * 0.000015f);
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += add2(x + r_conv3.x - 1, y + r_conv3.y - 1) * w_conv3(r_conv3.x, r_conv3.y);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += conv3(x + r_conv4.x - 1, y + r_conv4.y - 1) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.3f);
        shift5(x, y) = conv4(x + 7, y - 2);
        output(x, y) = cast<uint16_t>(clamp(shift5(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 3072}});
        gain.set_estimate(0.5f);
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 3072}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            conv4.compute_at(output, yo).vectorize(x, 16);
            conv4.update(0).vectorize(x, 16).unroll(r_conv4.x);
            conv3.compute_root().vectorize(x, 8).parallel(y);
            conv3.update(0).vectorize(x, 16).unroll(r_conv3.x).parallel(y);
            blur1_x.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp204, rp_204)
