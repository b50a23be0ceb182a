// Random pipeline (seed 392): 6 stages over tensor4d 16x16x8x2 float input.
// Steps: boundary, boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp392 : public Generator<Rp392> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<uint8_t>> input2{"input2", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y, c, n) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c, n);
        pw2(x, y, c, n) = tanh((cast<float>(in1(x, y, c, n)) * 0.003922f));
        output(x, y, c, n) = (pw2(x, y, c, n) + in0(x, y, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 2}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 2}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            pw2.compute_at(output, n).vectorize(x, 8);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp392, rp_392)
