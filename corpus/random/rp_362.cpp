// Random pipeline (seed 362): 4 stages over image3d 256x768x4 uint16 input.
// Steps: boundary, pointwise, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp362 : public Generator<Rp362> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"}, act2{"act2"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        pw1(x, y, c) = in0(x, y, c) / 2 + 16;
        act2(x, y, c) = max(pw1(x, y, c), cast<uint16_t>(0));
        output(x, y, c) = (cast<float>(act2(x, y, c)) * 0.000015f);
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 768}, {0, 4}});
        output.set_estimates({{0, 256}, {0, 768}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            in0.compute_at(output, yo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp362, rp_362)
