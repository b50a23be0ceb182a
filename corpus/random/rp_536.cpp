// Random pipeline (seed 536): 5 stages over tensor4d 32x32x64x8 int16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp536 : public Generator<Rp536> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y, c, n);
        output(x, y, c, n) = cast<int16_t>(clamp((cast<float>(in0(x, y, c, n)) * 0.000031f) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 64}, {0, 8}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 32}, {0, 32}, {0, 64}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp536, rp_536)
