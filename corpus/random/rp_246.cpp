// Random pipeline (seed 246): 5 stages over image2d 384x640 uint8 input.
// Steps: boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp246 : public Generator<Rp246> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, act1{"act1"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        act1(x, y) = clamp((cast<float>(in0(x, y)) * 0.003922f) * 6.0f, 0.0f, 6.0f);
        output(x, y) = cast<uint8_t>(clamp(act1(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 640}});
        output.set_estimates({{0, 384}, {0, 640}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
            act1.compute_at(output, yo).vectorize(x, 16);
            in0.compute_at(act1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp246, rp_246)
