// Random pipeline (seed 102): 8 stages over tensor3d 112x112x32 float input.
// Steps: boundary, stencil, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp102 : public Generator<Rp102> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, dilate1{"dilate1"}, pad2{"pad2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        dilate1(x, y, c) = max(max(max(max(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        pad2(x, y, c) = BoundaryConditions::mirror_interior(in0, {{0, 112}, {0, 112}, {0, 32}})(x, y, c);
        output(x, y, c) = (pad2(x, y, c) + dilate1(x, y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 32}});
        output.set_estimates({{0, 112}, {0, 112}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            dilate1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp102, rp_102)
