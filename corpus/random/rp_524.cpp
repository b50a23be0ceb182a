// Random pipeline (seed 524): 4 stages over image3d 2560x2048x3 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp524 : public Generator<Rp524> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 2048}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp524, rp_524)
