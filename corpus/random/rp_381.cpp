// Random pipeline (seed 381): 15 stages over image2d 512x768 float input.
// Steps: boundary, downsample, histogram, conv, activation, pointwise, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp381 : public Generator<Rp381> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist2, r_conv3, r_iir6;
    Func in0{"in0"}, down1_x{"down1_x"}, down1_y{"down1_y"}, hist2{"hist2"}, conv3{"conv3"}, relu4{"relu4"};
    Func pw5{"pw5"}, iir6{"iir6"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        down1_x(x, y) = (in0(2 * x - 1, y) + 3.0f * in0(2 * x, y) + 3.0f * in0(2 * x + 1, y) + in0(2 * x + 2, y)) * 0.125f;
        down1_y(x, y) = (down1_x(x, 2 * y - 1) + 3.0f * down1_x(x, 2 * y) + 3.0f * down1_x(x, 2 * y + 1) + down1_x(x, 2 * y + 2)) * 0.125f;
        r_hist2 = RDom(0, 256, 0, 384, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(down1_y(r_hist2.x, r_hist2.y) * 127.0f), 0, 127)) += 1;
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += down1_y(x + r_conv3.x - 1, y + r_conv3.y - 1) * exp(-cast<float>((r_conv3.x - 1) * (r_conv3.x - 1) + (r_conv3.y - 1) * (r_conv3.y - 1)) * 0.5f);
        relu4(x, y) = max(conv3(x, y), 0.0f);
        pw5(x, y) = relu4(x, y) / (1.0f + abs(relu4(x, y))) * gain;
        r_iir6 = RDom(1, 383, "r_iir6");
        iir6(x, y) = pw5(x, y);
        iir6(x, r_iir6.x) = 0.8f * iir6(x, r_iir6.x - 1) + 0.2f * iir6(x, r_iir6.x);
        iir6(x, 383 - r_iir6.x) = 0.8f * iir6(x, 384 - r_iir6.x) + 0.2f * iir6(x, 383 - r_iir6.x);
        output(x, y) = cast<uint8_t>(clamp((iir6(x, y) + (cast<float>(hist2(x / 2)) * 0.000977f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 768}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 256}, {0, 384}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            iir6.compute_root().vectorize(x, 8).parallel(y);
            iir6.update(0).vectorize(x, 8);
            iir6.update(1).vectorize(x, 16);
            pw5.compute_root().vectorize(x, 8).parallel(y);
            conv3.compute_at(pw5, y).vectorize(x, 16);
            conv3.update(0).vectorize(x, 16);
            hist2.compute_root();
            down1_y.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp381, rp_381)
