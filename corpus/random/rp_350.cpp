// Random pipeline (seed 350): 7 stages over tensor4d 56x56x8x8 int16 input.
// Steps: boundary, downsample, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp350 : public Generator<Rp350> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, down1{"down1"}, pad2{"pad2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        down1(x, y, c, n) = ((cast<float>(in0(2 * x, 2 * y, c, n)) * 0.000031f) + (cast<float>(in0(2 * x + 1, 2 * y, c, n)) * 0.000031f) + (cast<float>(in0(2 * x, 2 * y + 1, c, n)) * 0.000031f) + (cast<float>(in0(2 * x + 1, 2 * y + 1, c, n)) * 0.000031f)) * 0.25f;
        pad2(x, y, c, n) = BoundaryConditions::repeat_edge(down1, {{0, 28}, {0, 28}, {0, 8}, {0, 8}})(x, y, c, n);
        output(x, y, c, n) = cast<int16_t>(clamp(pad2(x, y, c, n) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 8}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            down1.compute_at(output, n).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp350, rp_350)
