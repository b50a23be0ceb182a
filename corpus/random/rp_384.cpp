// Random pipeline (seed 384): 6 stages over tensor4d 14x14x32x8 int16 input.
// Steps: boundary, boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp384 : public Generator<Rp384> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        pw2(x, y) = (cast<float>(in1(x, y)) * 0.000031f) / (1.0f + abs((cast<float>(in1(x, y)) * 0.000031f)));
        output(x, y, c, n) = (pw2(x, y) + (cast<float>(in0(x, y, c, n)) * 0.000031f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 32}, {0, 8}});
        input2.set_estimates({{0, 14}, {0, 14}});
        output.set_estimates({{0, 14}, {0, 14}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            pw2.compute_at(output, c).vectorize(x, 8);
            in1.compute_at(pw2, y).vectorize(x, 8);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp384, rp_384)
