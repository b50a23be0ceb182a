// Random pipeline (seed 374): 6 stages over image2d 2560x1920 uint8 input.
// Steps: boundary, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp374 : public Generator<Rp374> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        r_conv1 = RDom(0, 5, 0, 5, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += (cast<float>(in0(x + r_conv1.x - 2, y + r_conv1.y - 2)) * 0.003922f) * w_conv1(r_conv1.x, r_conv1.y);
        output(x, y) = cast<uint8_t>(clamp(conv1(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1920}});
        gain.set_estimate(1.0f);
        w_conv1.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 2560}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            conv1.compute_at(output, yo).vectorize(x, 16);
            conv1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp374, rp_374)
