// Random pipeline (seed 379): 10 stages over tensor3d 112x112x24 float input.
// Steps: boundary, boundary, activation, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp379 : public Generator<Rp379> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, act2{"act2"}, mx3{"mx3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y);
        act2(x, y) = max(in1(x, y) - 0.25f, 0.0f);
        mx3(x, y, c) = max(in0(x, y, c), act2(x, y));
        output(x, y, c) = mx3(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 24}});
        input2.set_estimates({{0, 112}, {0, 112}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 112}, {0, 112}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            mx3.compute_at(output, y).vectorize(x, 8);
            act2.compute_at(mx3, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp379, rp_379)
