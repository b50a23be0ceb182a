// Random pipeline (seed 501): 3 stages over tensor3d 64x64x64 int16 input.
// Steps: boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp501 : public Generator<Rp501> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, up1{"up1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        Expr up1_fx = cast<float>(x % 2) * 0.5f;
        Expr up1_fy = cast<float>(y % 2) * 0.5f;
        up1(x, y, c) = lerp(lerp((cast<float>(in0(x / 2, y / 2, c)) * 0.000031f), (cast<float>(in0(x / 2 + 1, y / 2, c)) * 0.000031f), up1_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1, c)) * 0.000031f), (cast<float>(in0(x / 2 + 1, y / 2 + 1, c)) * 0.000031f), up1_fx), up1_fy);
        output(x, y, c) = cast<int16_t>(clamp(up1(x, y, c) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 64}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 128}, {0, 128}, {0, 64}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            up1.compute_at(output, yo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp501, rp_501)
