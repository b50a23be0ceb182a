// Random pipeline (seed 357): 10 stages over image3d 1024x3072x3 uint8 input.
// Steps: boundary, boundary, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp357 : public Generator<Rp357> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        blur2_x(x, y) = ((cast<float>(in1(x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(in1(x, y)) * 0.003922f) + 3.0f * (cast<float>(in1(x + 1, y)) * 0.003922f) + (cast<float>(in1(x + 2, y)) * 0.003922f)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        output(x, y, c) = cast<uint8_t>(clamp((blur2_y(x, y) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 3072}, {0, 3}});
        input2.set_estimates({{0, 1024}, {0, 3072}});
        output.set_estimates({{0, 1024}, {0, 3072}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            blur2_x.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(blur2_x, y).vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp357, rp_357)
