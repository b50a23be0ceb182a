// Random pipeline (seed 16): 4 stages over tensor3d 32x32x8 float input.
// Steps: boundary, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp16 : public Generator<Rp16> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, down1_x{"down1_x"}, down1_y{"down1_y"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        down1_x(x, y, c) = (in0(2 * x - 1, y, c) + 3.0f * in0(2 * x, y, c) + 3.0f * in0(2 * x + 1, y, c) + in0(2 * x + 2, y, c)) * 0.125f;
        down1_y(x, y, c) = (down1_x(x, 2 * y - 1, c) + 3.0f * down1_x(x, 2 * y, c) + 3.0f * down1_x(x, 2 * y + 1, c) + down1_x(x, 2 * y + 2, c)) * 0.125f;
        output(x, y, c) = down1_y(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 8}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            down1_y.compute_at(output, c).vectorize(x, 8);
            down1_x.compute_at(down1_y, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp16, rp_16)
