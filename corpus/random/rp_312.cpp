// Random pipeline (seed 312): 5 stages over image3d 1920x2048x4 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp312 : public Generator<Rp312> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp((cast<float>(in0(x, y, c)) * 0.003922f) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 2048}, {0, 4}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1920}, {0, 2048}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            in0.compute_at(output, yo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp312, rp_312)
