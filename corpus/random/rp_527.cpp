// Random pipeline (seed 527): 5 stages over image3d 256x768x4 uint8 input.
// Steps: boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp527 : public Generator<Rp527> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        pw1(x, y, c) = sin((cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f + 0.5f * gain;
        output(x, y, c) = cast<uint8_t>(clamp(pw1(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 768}, {0, 4}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 256}, {0, 768}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp527, rp_527)
