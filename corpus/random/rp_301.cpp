// Random pipeline (seed 301): 4 stages over tensor4d 32x32x16x4 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp301 : public Generator<Rp301> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        output(x, y, c, n) = in0(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 16}, {0, 4}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 16}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp301, rp_301)
