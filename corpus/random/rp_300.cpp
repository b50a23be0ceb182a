// Random pipeline (seed 300): 9 stages over tensor3d 28x28x32 float input.
// Steps: boundary, boundary, activation, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp300 : public Generator<Rp300> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, act2{"act2"}, up3{"up3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        act2(x, y) = max(in1(x, y) - 0.25f, 0.0f);
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y) = lerp(lerp(act2(x / 2, y / 2), act2(x / 2 + 1, y / 2), up3_fx), lerp(act2(x / 2, y / 2 + 1), act2(x / 2 + 1, y / 2 + 1), up3_fx), up3_fy);
        output(x, y, c) = (up3(x, y) + in0(x / 2, y / 2, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}});
        input2.set_estimates({{0, 28}, {0, 28}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            up3.compute_at(output, y).vectorize(x, 8);
            act2.compute_at(up3, y).vectorize(x, 8);
            in0.compute_at(output, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp300, rp_300)
