// Random pipeline (seed 397): 7 stages over image2d 1024x512 uint8 input.
// Steps: boundary, boundary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp397 : public Generator<Rp397> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, mn2{"mn2"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        mn2(x, y) = min(in0(x, y), in1(x, y));
        output(x, y) = (cast<float>(mn2(x, y)) * 0.003922f);
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 512}});
        input2.set_estimates({{0, 1024}, {0, 512}});
        output.set_estimates({{0, 1024}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            mn2.compute_at(output, yo).vectorize(x, 8);
            in1.compute_at(mn2, y).vectorize(x, 16);
            in0.compute_at(mn2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp397, rp_397)
