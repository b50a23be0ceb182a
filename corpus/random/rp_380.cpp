// Random pipeline (seed 380): 4 stages over image3d 1536x768x4 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp380 : public Generator<Rp380> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 768}, {0, 4}});
        output.set_estimates({{0, 1536}, {0, 768}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp380, rp_380)
