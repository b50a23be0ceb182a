// Random pipeline (seed 396): 3 stages over tensor4d 28x28x32x4 uint8 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp396 : public Generator<Rp396> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, erode1{"erode1"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        erode1(x, y, c, n) = min(min(min(min(in0(x, y, c, n), in0(x - 1, y, c, n)), in0(x + 1, y, c, n)), in0(x, y - 1, c, n)), in0(x, y + 1, c, n));
        output(x, y, c, n) = erode1(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 4}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            in0.compute_at(output, n).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp396, rp_396)
