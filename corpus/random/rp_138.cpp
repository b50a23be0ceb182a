// Random pipeline (seed 138): 4 stages over image3d 1920x2048x4 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp138 : public Generator<Rp138> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 2048}, {0, 4}});
        output.set_estimates({{0, 1920}, {0, 2048}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp138, rp_138)
