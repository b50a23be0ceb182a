// Random pipeline (seed 272): 3 stages over tensor4d 56x56x8x8 float input.
// Steps: boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp272 : public Generator<Rp272> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, act1{"act1"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        act1(x, y, c, n) = max(in0(x, y, c, n) - 0.25f, 0.0f);
        output(x, y, c, n) = act1(x, y, c, n) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 8}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            act1.compute_at(output, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp272, rp_272)
