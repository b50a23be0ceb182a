// Random pipeline (seed 528): 4 stages over image3d 1024x512x3 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp528 : public Generator<Rp528> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 512}, {0, 3}});
        output.set_estimates({{0, 1024}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp528, rp_528)
