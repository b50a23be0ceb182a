// Random pipeline (seed 129): 5 stages over image2d 2048x640 uint8 input.
// Steps: boundary, separable, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp129 : public Generator<Rp129> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, down2{"down2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        blur1_x(x, y) = cast<int32_t>(in0(x - 1, y)) + 2 * cast<int32_t>(in0(x, y)) + cast<int32_t>(in0(x + 1, y));
        blur1_y(x, y) = cast<uint8_t>((blur1_x(x, y - 1) + 2 * blur1_x(x, y) + blur1_x(x, y + 1)) / 16);
        down2(x, y) = ((cast<float>(blur1_y(2 * x, 2 * y)) * 0.003922f) + (cast<float>(blur1_y(2 * x + 1, 2 * y)) * 0.003922f) + (cast<float>(blur1_y(2 * x, 2 * y + 1)) * 0.003922f) + (cast<float>(blur1_y(2 * x + 1, 2 * y + 1)) * 0.003922f)) * 0.25f;
        output(x, y) = cast<uint8_t>(clamp(down2(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 640}});
        output.set_estimates({{0, 1024}, {0, 320}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            blur1_y.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp129, rp_129)
