// Random pipeline (seed 31): 5 stages over image2d 1920x1920 uint8 input.
// Steps: boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp31 : public Generator<Rp31> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        pw1(x, y) = pow(abs((cast<float>(in0(x, y)) * 0.003922f)) + 0.001f, 0.4545f);
        output(x, y) = cast<uint8_t>(clamp(pw1(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 1920}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1920}, {0, 1920}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
            pw1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp31, rp_31)
