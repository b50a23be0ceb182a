// Random pipeline (seed 27): 4 stages over image3d 1024x3072x3 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp27 : public Generator<Rp27> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        output(x, y, c) = in0(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 3072}, {0, 3}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1024}, {0, 3072}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp27, rp_27)
