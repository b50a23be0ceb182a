// Random pipeline (seed 134): 11 stages over image3d 2048x640x4 uint8 input.
// Steps: boundary, boundary, separable, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp134 : public Generator<Rp134> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        blur2_x(x, y) = cast<int32_t>(in1(x - 1, y)) + 3 * cast<int32_t>(in1(x, y)) + 3 * cast<int32_t>(in1(x + 1, y)) + cast<int32_t>(in1(x + 2, y));
        blur2_y(x, y) = cast<uint8_t>((blur2_x(x, y - 1) + 3 * blur2_x(x, y) + 3 * blur2_x(x, y + 1) + blur2_x(x, y + 2)) / 64);
        blur3_x(x, y) = cast<int32_t>(blur2_y(x - 1, y)) + 3 * cast<int32_t>(blur2_y(x, y)) + 3 * cast<int32_t>(blur2_y(x + 1, y)) + cast<int32_t>(blur2_y(x + 2, y));
        blur3_y(x, y) = cast<uint8_t>((blur3_x(x, y - 1) + 3 * blur3_x(x, y) + 3 * blur3_x(x, y + 1) + blur3_x(x, y + 2)) / 64);
        output(x, y, c) = cast<uint8_t>(clamp(((cast<float>(blur3_y(x, y)) * 0.003922f) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 640}, {0, 4}});
        input2.set_estimates({{0, 2048}, {0, 640}});
        output.set_estimates({{0, 2048}, {0, 640}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            blur3_x.compute_root().vectorize(x, 16).parallel(y);
            blur2_y.compute_at(blur3_x, y).vectorize(x, 8);
            blur2_x.compute_at(blur2_y, y).vectorize(x, 8);
            in1.compute_at(blur2_x, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp134, rp_134)
