// Random pipeline (seed 146): 5 stages over image2d 384x1536 uint16 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp146 : public Generator<Rp146> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, dilate1{"dilate1"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        dilate1(x, y) = max(max(max(max(in0(x, y), in0(x - 1, y)), in0(x + 1, y)), in0(x, y - 1)), in0(x, y + 1));
        output(x, y) = cast<uint8_t>(clamp((cast<float>(dilate1(x, y)) * 0.000015f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}});
        output.set_estimates({{0, 384}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp146, rp_146)
