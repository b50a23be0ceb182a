// Random pipeline (seed 540): 7 stages over image2d 1280x2560 float input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp540 : public Generator<Rp540> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        output(x, y) = ((cast<float>(in1(x, y)) * 0.003922f) + in0(x, y)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2560}});
        input2.set_estimates({{0, 1280}, {0, 2560}});
        output.set_estimates({{0, 1280}, {0, 2560}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            in0.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp540, rp_540)
