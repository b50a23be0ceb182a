// Random pipeline (seed 534): 14 stages over image2d 2560x768 uint8 input.
// Steps: boundary, upsample, separable, binary, stencil, binary, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp534 : public Generator<Rp534> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_red6;
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, mx3{"mx3"};
    Func grad4{"grad4"}, add5{"add5"}, red6{"red6"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        up1_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.003922f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.003922f);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        blur2_x(x, y) = (up1_y(x - 1, y) + 3.0f * up1_y(x, y) + 3.0f * up1_y(x + 1, y) + up1_y(x + 2, y)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        mx3(x, y) = max(blur2_y(x, y), blur2_x(x, y));
        grad4(x, y) = sqrt((mx3(x + 1, y) - mx3(x - 1, y)) * (mx3(x + 1, y) - mx3(x - 1, y)) + (mx3(x, y + 1) - mx3(x, y - 1)) * (mx3(x, y + 1) - mx3(x, y - 1)));
        add5(x, y) = grad4(x, y) + mx3(x, y);
        r_red6 = RDom(0, 1536, "r_red6");
        red6(x) = sum(add5(x, r_red6.x)) * 0.000651f;
        output(x) = cast<uint16_t>(clamp(red6(x) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 768}});
        output.set_estimates({{0, 5120}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            red6.compute_root().vectorize(x, 8);
            mx3.compute_root().vectorize(x, 16).parallel(y);
            blur2_x.compute_root().vectorize(x, 16).parallel(y);
            up1_y.compute_root().vectorize(x, 16).parallel(y);
            up1_x.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp534, rp_534)
