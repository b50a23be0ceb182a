// Random pipeline (seed 108): 12 stages over image2d 1280x2048 uint16 input.
// Steps: boundary, upsample, boundary, reduction, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp108 : public Generator<Rp108> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red3, r_hist4;
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, pad2{"pad2"}, red3{"red3"}, hist4{"hist4"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        up1_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.000015f);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        pad2(x, y) = BoundaryConditions::mirror_image(up1_y, {{0, 2560}, {0, 4096}})(x, y);
        r_red3 = RDom(0, 1280, "r_red3");
        red3(y) = 0.0f;
        red3(y) += (cast<float>(in0(r_red3.x, y)) * 0.000015f);
        r_hist4 = RDom(0, 2560, 0, 4096, "r_hist4");
        hist4(x) = 0.0f;
        hist4(clamp(cast<int32_t>(pad2(r_hist4.x, r_hist4.y) * 127.0f), 0, 127)) += pad2(r_hist4.x, r_hist4.y);
        output(x, y) = cast<int16_t>(clamp((hist4(x) + red3(y)) * 0.5f * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2048}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 128}, {0, 2048}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            hist4.compute_root();
            red3.compute_root().parallel(y);
            red3.update(0).vectorize(y, 16);
            pad2.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp108, rp_108)
