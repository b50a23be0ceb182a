// Random pipeline (seed 346): 4 stages over tensor3d 128x128x32 uint8 input.
// Steps: boundary, stencil, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp346 : public Generator<Rp346> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, grad1{"grad1"}, up2{"up2"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        grad1(x, y, c) = sqrt(((cast<float>(in0(x + 1, y, c)) * 0.003922f) - (cast<float>(in0(x - 1, y, c)) * 0.003922f)) * ((cast<float>(in0(x + 1, y, c)) * 0.003922f) - (cast<float>(in0(x - 1, y, c)) * 0.003922f)) + ((cast<float>(in0(x, y + 1, c)) * 0.003922f) - (cast<float>(in0(x, y - 1, c)) * 0.003922f)) * ((cast<float>(in0(x, y + 1, c)) * 0.003922f) - (cast<float>(in0(x, y - 1, c)) * 0.003922f)));
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y, c) = lerp(lerp(grad1(x / 2, y / 2, c), grad1(x / 2 + 1, y / 2, c), up2_fx), lerp(grad1(x / 2, y / 2 + 1, c), grad1(x / 2 + 1, y / 2 + 1, c), up2_fx), up2_fy);
        output(x, y, c) = cast<uint8_t>(clamp(up2(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 32}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 256}, {0, 256}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            up2.compute_at(output, y).vectorize(x, 16);
            grad1.compute_at(up2, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp346, rp_346)
