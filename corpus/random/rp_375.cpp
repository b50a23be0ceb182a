// Random pipeline (seed 375): 6 stages over image3d 384x512x4 uint8 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp375 : public Generator<Rp375> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        output(x, y, c) = ((cast<float>(in1(x, y)) * 0.003922f) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 512}, {0, 4}});
        input2.set_estimates({{0, 384}, {0, 512}});
        output.set_estimates({{0, 384}, {0, 512}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp375, rp_375)
