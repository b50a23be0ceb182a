// Random pipeline (seed 175): 4 stages over image2d 2560x3072 int16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp175 : public Generator<Rp175> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        output(x, y) = cast<int16_t>(clamp((cast<float>(in0(x, y)) * 0.000031f) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 3072}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 2560}, {0, 3072}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 8)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp175, rp_175)
