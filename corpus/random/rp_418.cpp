// Random pipeline (seed 418): 6 stages over image2d 1280x2560 uint16 input.
// Steps: boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp418 : public Generator<Rp418> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, up1{"up1"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        Expr up1_fx = cast<float>(x % 2) * 0.5f;
        Expr up1_fy = cast<float>(y % 2) * 0.5f;
        up1(x, y) = lerp(lerp((cast<float>(in0(x / 2, y / 2)) * 0.000015f), (cast<float>(in0(x / 2 + 1, y / 2)) * 0.000015f), up1_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1)) * 0.000015f), (cast<float>(in0(x / 2 + 1, y / 2 + 1)) * 0.000015f), up1_fx), up1_fy);
        output(x, y) = cast<uint16_t>(clamp(up1(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2560}});
        output.set_estimates({{0, 2560}, {0, 5120}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp418, rp_418)
