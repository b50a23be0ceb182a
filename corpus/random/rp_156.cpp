// Random pipeline (seed 156): 4 stages over image2d 4096x1920 int16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp156 : public Generator<Rp156> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        output(x, y) = in0(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1920}});
        output.set_estimates({{0, 4096}, {0, 1920}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            in0.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp156, rp_156)
