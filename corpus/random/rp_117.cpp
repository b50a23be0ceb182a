// Random pipeline (seed 117): 11 stages over image2d 384x384 uint16 input.
// Steps: boundary, boundary, upsample, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp117 : public Generator<Rp117> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, down3{"down3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        up2_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.000015f);
        up2_y(x, y) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up2_x(x, y / 2);
        down3(x, y) = ((cast<float>(in1(2 * x, 2 * y)) * 0.000015f) + (cast<float>(in1(2 * x + 1, 2 * y)) * 0.000015f) + (cast<float>(in1(2 * x, 2 * y + 1)) * 0.000015f) + (cast<float>(in1(2 * x + 1, 2 * y + 1)) * 0.000015f)) * 0.25f;
        output(x, y) = cast<uint8_t>(clamp((down3(x, y) + up2_y(x * 4, y * 4)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 384}});
        input2.set_estimates({{0, 384}, {0, 384}});
        output.set_estimates({{0, 192}, {0, 192}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            up2_y.compute_root().vectorize(x, 16).parallel(y);
            up2_x.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(up2_x, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp117, rp_117)
