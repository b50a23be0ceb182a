// Random pipeline (seed 398): 7 stages over tensor3d 28x28x24 float input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp398 : public Generator<Rp398> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        output(x, y, c) = (in1(x, y, c) + in0(x, y, c)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 24}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 24}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 28}, {0, 28}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp398, rp_398)
