// Random pipeline (seed 407): 7 stages over image3d 512x768x3 uint8 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp407 : public Generator<Rp407> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        output(x, y, c) = cast<uint8_t>(clamp(((cast<float>(in1(x, y)) * 0.003922f) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 768}, {0, 3}});
        input2.set_estimates({{0, 512}, {0, 768}});
        output.set_estimates({{0, 512}, {0, 768}, {0, 3}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            in1.compute_at(output, yo).vectorize(x, 16);
            in0.compute_at(output, yi).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp407, rp_407)
