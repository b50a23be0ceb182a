// Random pipeline (seed 337): 4 stages over image2d 1280x2560 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp337 : public Generator<Rp337> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        output(x, y) = in0(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2560}});
        output.set_estimates({{0, 1280}, {0, 2560}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp337, rp_337)
