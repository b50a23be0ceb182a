// Random pipeline (seed 424): 7 stages over image2d 256x256 int16 input.
// Steps: boundary, activation, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp424 : public Generator<Rp424> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, act1{"act1"}, down2_x{"down2_x"}, down2_y{"down2_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        act1(x, y) = clamp((cast<float>(in0(x, y)) * 0.000031f) * 6.0f, 0.0f, 6.0f);
        down2_x(x, y) = (act1(2 * x - 1, y) + 3.0f * act1(2 * x, y) + 3.0f * act1(2 * x + 1, y) + act1(2 * x + 2, y)) * 0.125f;
        down2_y(x, y) = (down2_x(x, 2 * y - 1) + 3.0f * down2_x(x, 2 * y) + 3.0f * down2_x(x, 2 * y + 1) + down2_x(x, 2 * y + 2)) * 0.125f;
        output(x, y) = cast<int16_t>(clamp(down2_y(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 128}, {0, 128}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            down2_y.compute_root().vectorize(x, 16).parallel(y);
            act1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp424, rp_424)
