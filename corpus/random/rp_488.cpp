// Random pipeline (seed 488): 3 stages over image3d 768x1536x3 uint8 input.
// Steps: boundary, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp488 : public Generator<Rp488> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, down1{"down1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        down1(x, y, c) = ((cast<float>(in0(2 * x, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x, 2 * y + 1, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y + 1, c)) * 0.003922f)) * 0.25f;
        output(x, y, c) = cast<uint8_t>(clamp(down1(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1536}, {0, 3}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 384}, {0, 768}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp488, rp_488)
