// Random pipeline (seed 438): 3 stages over image2d 1920x1280 int16 input.
// Steps: boundary, reindex.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp438 : public Generator<Rp438> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, flip1{"flip1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        flip1(x, y) = in0(1919 - x, y);
        output(x, y) = flip1(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 1280}});
        output.set_estimates({{0, 1920}, {0, 1280}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            in0.compute_at(output, yi).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp438, rp_438)
