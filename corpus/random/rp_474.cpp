// Random pipeline (seed 474): 8 stages over image3d 640x1024x3 uint8 input.
// Steps: boundary, conv, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp474 : public Generator<Rp474> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"}, down2_x{"down2_x"}, down2_y{"down2_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_conv1 = RDom(0, 5, 0, 5, "r_conv1");
        conv1(x, y, c) = 0.0f;
        conv1(x, y, c) += (cast<float>(in0(x + r_conv1.x - 2, y + r_conv1.y - 2, c)) * 0.003922f) * w_conv1(r_conv1.x, r_conv1.y);
        down2_x(x, y, c) = (conv1(2 * x - 1, y, c) + 3.0f * conv1(2 * x, y, c) + 3.0f * conv1(2 * x + 1, y, c) + conv1(2 * x + 2, y, c)) * 0.125f;
        down2_y(x, y, c) = (down2_x(x, 2 * y - 1, c) + 3.0f * down2_x(x, 2 * y, c) + 3.0f * down2_x(x, 2 * y + 1, c) + down2_x(x, 2 * y + 2, c)) * 0.125f;
        output(x, y, c) = cast<uint8_t>(clamp(down2_y(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1024}, {0, 3}});
        gain.set_estimate(1.25f);
        w_conv1.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 320}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            down2_x.compute_at(output, c).vectorize(x, 8);
            conv1.compute_root().vectorize(x, 8).parallel(y);
            conv1.update(0).vectorize(x, 16).unroll(r_conv1.x).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp474, rp_474)
