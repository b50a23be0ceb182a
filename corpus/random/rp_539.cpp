// Random pipeline (seed 539): 3 stages over image2d 2048x1280 int16 input.
// Steps: boundary, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp539 : public Generator<Rp539> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, down1{"down1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        down1(x, y) = ((cast<float>(in0(2 * x, 2 * y)) * 0.000031f) + (cast<float>(in0(2 * x + 1, 2 * y)) * 0.000031f) + (cast<float>(in0(2 * x, 2 * y + 1)) * 0.000031f) + (cast<float>(in0(2 * x + 1, 2 * y + 1)) * 0.000031f)) * 0.25f;
        output(x, y) = cast<int16_t>(clamp(down1(x, y) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1280}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1024}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 8)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp539, rp_539)
