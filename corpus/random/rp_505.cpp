// Random pipeline (seed 505): 3 stages over image2d 1280x512 uint8 input.
// Steps: boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp505 : public Generator<Rp505> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        pw1(x, y) = floor((cast<float>(in0(x, y)) * 0.003922f) * 8.0f) * 0.125f;
        output(x, y) = cast<uint8_t>(clamp(pw1(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 512}});
        output.set_estimates({{0, 1280}, {0, 512}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            in0.compute_at(output, yo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp505, rp_505)
