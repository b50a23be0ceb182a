// Random pipeline (seed 238): 4 stages over tensor3d 64x64x16 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp238 : public Generator<Rp238> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        output(x, y, c) = in0(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 16}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 64}, {0, 64}, {0, 16}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp238, rp_238)
