// Random pipeline (seed 88): 3 stages over tensor3d 16x16x32 float input.
// Steps: boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp88 : public Generator<Rp88> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, act1{"act1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        act1(x, y, c) = 1.0f / (1.0f + exp(-in0(x, y, c)));
        output(x, y, c) = act1(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp88, rp_88)
