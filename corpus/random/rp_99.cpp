// Random pipeline (seed 99): 5 stages over image3d 2560x1024x3 uint8 input.
// Steps: boundary, reindex.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp99 : public Generator<Rp99> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, rev1{"rev1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        rev1(x, y, c) = in0(x, y, 2 - c);
        output(x, y, c) = rev1(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1024}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            rev1.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp99, rp_99)
