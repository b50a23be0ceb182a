// Random pipeline (seed 390): 7 stages over image3d 1920x3072x4 uint8 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp390 : public Generator<Rp390> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(((cast<float>(in1(x, y, c)) * 0.003922f) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 3072}, {0, 4}});
        input2.set_estimates({{0, 1920}, {0, 3072}, {0, 4}});
        output.set_estimates({{0, 1920}, {0, 3072}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            in1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp390, rp_390)
