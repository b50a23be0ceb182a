// Random pipeline (seed 344): 6 stages over tensor4d 16x16x8x4 uint8 input.
// Steps: boundary, boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp344 : public Generator<Rp344> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, act2{"act2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        act2(x, y) = clamp((cast<float>(in1(x, y)) * 0.003922f) * 6.0f, 0.0f, 6.0f);
        output(x, y, c, n) = (act2(x, y) + (cast<float>(in0(x, y, c, n)) * 0.003922f)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 4}});
        input2.set_estimates({{0, 16}, {0, 16}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            in1.compute_at(output, n).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp344, rp_344)
