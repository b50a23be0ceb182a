// Random pipeline (seed 185): 7 stages over tensor3d 16x16x16 float input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp185 : public Generator<Rp185> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        output(x, y, c) = (in1(x, y) + in0(x, y, c)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 16}});
        input2.set_estimates({{0, 16}, {0, 16}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 16}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            in1.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp185, rp_185)
