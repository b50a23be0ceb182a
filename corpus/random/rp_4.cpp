// Random pipeline (seed 4): 4 stages over image2d 1280x1024 uint16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp4 : public Generator<Rp4> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        output(x, y) = in0(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1024}});
        output.set_estimates({{0, 1280}, {0, 1024}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp4, rp_4)
