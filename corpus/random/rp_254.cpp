// Random pipeline (seed 254): 4 stages over tensor3d 16x16x8 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp254 : public Generator<Rp254> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp254, rp_254)
