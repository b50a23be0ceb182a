// Random pipeline (seed 267): 5 stages over image2d 512x256 int16 input.
// Steps: boundary, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp267 : public Generator<Rp267> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, tr1{"tr1"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        tr1(x, y) = in0(y, x);
        output(x, y) = tr1(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 256}});
        output.set_estimates({{0, 256}, {0, 512}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            in0.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp267, rp_267)
