// Random pipeline (seed 270): 5 stages over tensor3d 28x28x64 float input.
// Steps: boundary, binary, binary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp270 : public Generator<Rp270> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, mul1{"mul1"}, mul2{"mul2"}, dilate3{"dilate3"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        mul1(x, y, c) = in0(x, y, c) * in0(x + 1, y, c);
        mul2(x, y, c) = mul1(x, y, c) * in0(x, y, c);
        dilate3(x, y, c) = max(max(max(max(mul2(x, y, c), mul2(x - 1, y, c)), mul2(x + 1, y, c)), mul2(x, y - 1, c)), mul2(x, y + 1, c));
        output(x, y, c) = dilate3(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 64}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            dilate3.compute_at(output, c).vectorize(x, 8);
            mul2.compute_at(dilate3, y).vectorize(x, 8);
            mul1.compute_at(mul2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp270, rp_270)
