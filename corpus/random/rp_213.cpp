// Random pipeline (seed 213): 4 stages over image2d 640x640 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp213 : public Generator<Rp213> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        output(x, y) = in0(x, y) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 640}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 640}, {0, 640}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp213, rp_213)
