// Random pipeline (seed 423): 5 stages over image2d 2048x1024 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp423 : public Generator<Rp423> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        output(x, y) = in0(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1024}});
        output.set_estimates({{0, 2048}, {0, 1024}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp423, rp_423)
