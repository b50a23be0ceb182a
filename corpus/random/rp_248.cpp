// Random pipeline (seed 248): 4 stages over tensor3d 32x32x16 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp248 : public Generator<Rp248> {
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
        input.set_estimates({{0, 32}, {0, 32}, {0, 16}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 16}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp248, rp_248)
