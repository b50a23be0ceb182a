// Random pipeline (seed 297): 4 stages over tensor3d 64x64x32 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp297 : public Generator<Rp297> {
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
        input.set_estimates({{0, 64}, {0, 64}, {0, 32}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 32}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp297, rp_297)
