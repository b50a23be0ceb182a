// Random pipeline (seed 86): 7 stages over image2d 4096x2048 uint16 input.
// Steps: boundary, pointwise, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp86 : public Generator<Rp86> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        pw1(x, y) = in0(x, y) * 3 / 4;
        blur2_x(x, y) = cast<int32_t>(pw1(x - 2, y)) + 4 * cast<int32_t>(pw1(x - 1, y)) + 6 * cast<int32_t>(pw1(x, y)) + 4 * cast<int32_t>(pw1(x + 1, y)) + cast<int32_t>(pw1(x + 2, y));
        blur2_y(x, y) = cast<uint16_t>((blur2_x(x, y - 2) + 4 * blur2_x(x, y - 1) + 6 * blur2_x(x, y) + 4 * blur2_x(x, y + 1) + blur2_x(x, y + 2)) / 256);
        output(x, y) = cast<uint8_t>(clamp((cast<float>(blur2_y(x, y)) * 0.000015f) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 2048}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 4096}, {0, 2048}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            blur2_y.compute_at(output, yo).vectorize(x, 8);
            pw1.compute_at(blur2_y, y).vectorize(x, 16);
            in0.compute_at(pw1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp86, rp_86)
