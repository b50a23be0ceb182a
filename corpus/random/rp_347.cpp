// Random pipeline (seed 347): 5 stages over image2d 1920x2048 uint16 input.
// Steps: boundary, upsample, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp347 : public Generator<Rp347> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, lap2{"lap2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        up1_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.000015f);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        lap2(x, y) = up1_y(x - 1, y) + up1_y(x + 1, y) + up1_y(x, y - 1) + up1_y(x, y + 1) - 4.0f * up1_y(x, y);
        output(x, y) = cast<uint16_t>(clamp(lap2(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 2048}});
        output.set_estimates({{0, 3840}, {0, 4096}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            lap2.compute_at(output, y).vectorize(x, 8);
            up1_x.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp347, rp_347)
