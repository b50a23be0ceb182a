// Random pipeline (seed 348): 5 stages over image3d 2560x3072x3 uint16 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp348 : public Generator<Rp348> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, erode1{"erode1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        erode1(x, y, c) = min(min(min(min(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        output(x, y, c) = erode1(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 3072}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 3072}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            erode1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp348, rp_348)
