// Random pipeline (seed 115): 9 stages over image2d 1280x1280 uint16 input.
// Steps: boundary, boundary, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp115 : public Generator<Rp115> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        blur2_x(x, y) = ((cast<float>(in1(x - 1, y)) * 0.000015f) + 3.0f * (cast<float>(in1(x, y)) * 0.000015f) + 3.0f * (cast<float>(in1(x + 1, y)) * 0.000015f) + (cast<float>(in1(x + 2, y)) * 0.000015f)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        output(x, y) = cast<uint16_t>(clamp((blur2_y(x, y) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1280}});
        input2.set_estimates({{0, 1280}, {0, 1280}});
        output.set_estimates({{0, 1280}, {0, 1280}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            blur2_y.compute_at(output, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp115, rp_115)
