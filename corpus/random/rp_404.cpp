// Random pipeline (seed 404): 5 stages over image2d 1536x2560 int16 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp404 : public Generator<Rp404> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, dilate1{"dilate1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        dilate1(x, y) = max(max(max(max(in0(x, y), in0(x - 1, y)), in0(x + 1, y)), in0(x, y - 1)), in0(x, y + 1));
        output(x, y) = dilate1(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 2560}});
        output.set_estimates({{0, 1536}, {0, 2560}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            dilate1.compute_at(output, yo).vectorize(x, 16);
            in0.compute_at(dilate1, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp404, rp_404)
