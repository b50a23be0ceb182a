// Random pipeline (seed 48): 7 stages over image3d 1280x1536x3 uint8 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp48 : public Generator<Rp48> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp((in1(x, y, c) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1536}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 1536}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 1536}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 8)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp48, rp_48)
