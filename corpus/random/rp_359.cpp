// Random pipeline (seed 359): 4 stages over image2d 3072x3072 int16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp359 : public Generator<Rp359> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        output(x, y) = cast<uint8_t>(clamp((cast<float>(in0(x, y)) * 0.000031f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 3072}});
        output.set_estimates({{0, 3072}, {0, 3072}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp359, rp_359)
