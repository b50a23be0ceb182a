// Random pipeline (seed 319): 3 stages over image2d 1024x2048 uint8 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp319 : public Generator<Rp319> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, box1{"box1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        box1(x, y) = ((cast<float>(in0(x - 1, y - 1)) * 0.003922f) + (cast<float>(in0(x, y - 1)) * 0.003922f) + (cast<float>(in0(x + 1, y - 1)) * 0.003922f) + (cast<float>(in0(x - 1, y)) * 0.003922f) + (cast<float>(in0(x, y)) * 0.003922f) + (cast<float>(in0(x + 1, y)) * 0.003922f) + (cast<float>(in0(x - 1, y + 1)) * 0.003922f) + (cast<float>(in0(x, y + 1)) * 0.003922f) + (cast<float>(in0(x + 1, y + 1)) * 0.003922f)) * 0.111111f;
        output(x, y) = cast<uint8_t>(clamp(box1(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 2048}});
        output.set_estimates({{0, 1024}, {0, 2048}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            box1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(box1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp319, rp_319)
