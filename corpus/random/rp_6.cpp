// Random pipeline (seed 6): 3 stages over image3d 2048x2048x3 uint16 input.
// Steps: boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp6 : public Generator<Rp6> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, act1{"act1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        act1(x, y, c) = log(1.0f + exp((cast<float>(in0(x, y, c)) * 0.000015f)));
        output(x, y, c) = cast<uint8_t>(clamp(act1(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2048}, {0, 3}});
        output.set_estimates({{0, 2048}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            act1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp6, rp_6)
