// Random pipeline (seed 311): 4 stages over image2d 1536x1536 uint16 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp311 : public Generator<Rp311> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        output(x, y) = cast<uint8_t>(clamp((cast<float>(in0(x, y)) * 0.000015f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 1536}});
        output.set_estimates({{0, 1536}, {0, 1536}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp311, rp_311)
