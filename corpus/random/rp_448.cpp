// Random pipeline (seed 448): 4 stages over image2d 1024x1536 int16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp448 : public Generator<Rp448> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        output(x, y) = cast<int16_t>(clamp((cast<float>(in0(x, y)) * 0.000031f) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1536}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1024}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 16)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp448, rp_448)
