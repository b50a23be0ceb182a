// Random pipeline (seed 291): 4 stages over tensor4d 16x16x64x2 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp291 : public Generator<Rp291> {
public:
    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        output(x, y, c, n) = in0(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp291, rp_291)
