// Random pipeline (seed 514): 4 stages over image3d 1920x2048x3 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp514 : public Generator<Rp514> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 2048}, {0, 3}});
        output.set_estimates({{0, 1920}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 8)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp514, rp_514)
