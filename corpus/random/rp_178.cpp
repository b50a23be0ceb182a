// Random pipeline (seed 178): 8 stages over image2d 2048x1024 int16 input.
// Steps: boundary, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp178 : public Generator<Rp178> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_red1;
    Func in0{"in0"}, red1{"red1"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        r_red1 = RDom(0, 1024, "r_red1");
        red1(x) = maximum((cast<float>(in0(x, r_red1.x)) * 0.000031f));
        output(x) = cast<int16_t>(clamp(red1(x) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1024}});
        output.set_estimates({{0, 2048}});

        if (!auto_schedule) {
            output.vectorize(x, 8);
            red1.compute_root().vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp178, rp_178)
