// Random pipeline (seed 358): 5 stages over image3d 1920x4096x3 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp358 : public Generator<Rp358> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 4096}, {0, 3}});
        output.set_estimates({{0, 1920}, {0, 4096}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 16)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp358, rp_358)
