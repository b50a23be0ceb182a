// Random pipeline (seed 260): 10 stages over image2d 640x1536 uint8 input.
// Steps: boundary, boundary, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp260 : public Generator<Rp260> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, mx3{"mx3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        pw2(x, y) = in0(x, y) * 3 / 4;
        mx3(x, y) = max((cast<float>(pw2(x, y)) * 0.003922f), in1(x, y));
        output(x, y) = cast<uint8_t>(clamp(mx3(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1536}});
        input2.set_estimates({{0, 640}, {0, 1536}});
        output.set_estimates({{0, 640}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            mx3.compute_at(output, xo).vectorize(x, 8);
            in1.compute_at(mx3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp260, rp_260)
