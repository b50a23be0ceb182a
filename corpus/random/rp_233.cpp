// Random pipeline (seed 233): 8 stages over tensor4d 16x16x64x2 int16 input.
// Steps: boundary, boundary, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp233 : public Generator<Rp233> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        cvt2(x, y) = (cast<float>(in1(x, y)) * 0.003922f);
        output(x, y, c, n) = cast<int16_t>(clamp((cvt2(x, y) + (cast<float>(in0(x, y, c, n)) * 0.000031f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});
        input2.set_estimates({{0, 16}, {0, 16}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp233, rp_233)
