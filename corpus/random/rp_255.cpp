// Random pipeline (seed 255): 4 stages over image2d 1280x768 int16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp255 : public Generator<Rp255> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        output(x, y) = in0(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 768}});
        output.set_estimates({{0, 1280}, {0, 768}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            in0.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp255, rp_255)
