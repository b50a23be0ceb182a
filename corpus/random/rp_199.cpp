// Random pipeline (seed 199): 4 stages over tensor3d 16x16x32 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp199 : public Generator<Rp199> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp199, rp_199)
