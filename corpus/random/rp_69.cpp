// Random pipeline (seed 69): 3 stages over tensor4d 32x32x32x8 float input.
// Steps: boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp69 : public Generator<Rp69> {
public:
    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, act1{"act1"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        act1(x, y, c, n) = clamp(in0(x, y, c, n) * 6.0f, 0.0f, 6.0f);
        output(x, y, c, n) = act1(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 8}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            act1.compute_at(output, n).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp69, rp_69)
