// Random pipeline (seed 382): 5 stages over tensor3d 56x56x24 float input.
// Steps: boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp382 : public Generator<Rp382> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, act1{"act1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        act1(x, y, c) = max(in0(x, y, c) - 0.25f, 0.0f);
        output(x, y, c) = act1(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 24}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp382, rp_382)
