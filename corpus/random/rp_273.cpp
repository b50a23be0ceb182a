// Random pipeline (seed 273): 5 stages over tensor4d 28x28x8x2 uint8 input.
// Steps: boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp273 : public Generator<Rp273> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, act1{"act1"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        act1(x, y, c, n) = max(in0(x, y, c, n), cast<uint8_t>(0));
        output(x, y, c, n) = cast<int16_t>(clamp((cast<float>(act1(x, y, c, n)) * 0.003922f) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 2}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp273, rp_273)
