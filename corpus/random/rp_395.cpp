// Random pipeline (seed 395): 3 stages over image2d 768x768 uint8 input.
// Steps: boundary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp395 : public Generator<Rp395> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, mn1{"mn1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        mn1(x, y) = min(in0(x, y), in0(x + 1, y));
        output(x, y) = mn1(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 768}});
        output.set_estimates({{0, 768}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp395, rp_395)
