// Random pipeline (seed 73): 5 stages over tensor3d 128x128x32 int16 input.
// Steps: boundary, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp73 : public Generator<Rp73> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, slice1{"slice1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        slice1(x, y) = in0(x, y, 22);
        output(x, y) = cast<int16_t>(clamp((cast<float>(slice1(x, y)) * 0.000031f) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 32}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 128}, {0, 128}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            slice1.compute_at(output, yi).vectorize(x, 8);
            in0.compute_at(slice1, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp73, rp_73)
