// Random pipeline (seed 515): 3 stages over image2d 2560x768 uint8 input.
// Steps: boundary, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp515 : public Generator<Rp515> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, slice1{"slice1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        slice1(y) = in0(487, y);
        output(y) = slice1(y);
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 768}});
        output.set_estimates({{0, 768}});

        if (!auto_schedule) {
            output.parallel(y);
            in0.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp515, rp_515)
