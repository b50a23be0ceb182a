// Random pipeline (seed 471): 7 stages over tensor3d 128x128x16 uint8 input.
// Steps: boundary, boundary, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp471 : public Generator<Rp471> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, down2_x{"down2_x"}, down2_y{"down2_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        down2_x(x, y) = ((cast<float>(in1(2 * x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(in1(2 * x, y)) * 0.003922f) + 3.0f * (cast<float>(in1(2 * x + 1, y)) * 0.003922f) + (cast<float>(in1(2 * x + 2, y)) * 0.003922f)) * 0.125f;
        down2_y(x, y) = (down2_x(x, 2 * y - 1) + 3.0f * down2_x(x, 2 * y) + 3.0f * down2_x(x, 2 * y + 1) + down2_x(x, 2 * y + 2)) * 0.125f;
        output(x, y, c) = cast<uint8_t>(clamp((down2_y(x, y) + (cast<float>(in0(x * 2, y * 2, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 16}});
        input2.set_estimates({{0, 128}, {0, 128}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 16}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            down2_x.compute_at(output, c).vectorize(x, 8);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp471, rp_471)
