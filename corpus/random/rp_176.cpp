// Random pipeline (seed 176): 8 stages over tensor4d 14x14x8x4 float input.
// Steps: boundary, boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp176 : public Generator<Rp176> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<uint8_t>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, up2{"up2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_interior(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y, c, n) = lerp(lerp((cast<float>(in1(x / 2, y / 2, c, n)) * 0.003922f), (cast<float>(in1(x / 2 + 1, y / 2, c, n)) * 0.003922f), up2_fx), lerp((cast<float>(in1(x / 2, y / 2 + 1, c, n)) * 0.003922f), (cast<float>(in1(x / 2 + 1, y / 2 + 1, c, n)) * 0.003922f), up2_fx), up2_fy);
        output(x, y, c, n) = (up2(x, y, c, n) + in0(x / 2, y / 2, c, n)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 8}, {0, 4}});
        input2.set_estimates({{0, 14}, {0, 14}, {0, 8}, {0, 4}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            in1.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp176, rp_176)
