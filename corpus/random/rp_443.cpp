// Random pipeline (seed 443): 5 stages over tensor4d 16x16x32x8 float input.
// Steps: boundary, stencil, binary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp443 : public Generator<Rp443> {
public:
    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, grad1{"grad1"}, mn2{"mn2"}, act3{"act3"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        grad1(x, y, c, n) = sqrt((in0(x + 1, y, c, n) - in0(x - 1, y, c, n)) * (in0(x + 1, y, c, n) - in0(x - 1, y, c, n)) + (in0(x, y + 1, c, n) - in0(x, y - 1, c, n)) * (in0(x, y + 1, c, n) - in0(x, y - 1, c, n)));
        mn2(x, y, c, n) = min(grad1(x, y, c, n), in0(x, y, c, n));
        act3(x, y, c, n) = 1.0f / (1.0f + exp(-mn2(x, y, c, n)));
        output(x, y, c, n) = act3(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 8}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            act3.compute_at(output, y).vectorize(x, 8);
            grad1.compute_root().vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp443, rp_443)
