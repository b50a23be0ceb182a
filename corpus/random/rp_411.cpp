// Random pipeline (seed 411): 7 stages over image2d 2048x1024 uint16 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp411 : public Generator<Rp411> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        output(x, y) = cast<uint8_t>(clamp(((cast<float>(in1(x, y)) * 0.000015f) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1024}});
        input2.set_estimates({{0, 2048}, {0, 1024}});
        output.set_estimates({{0, 2048}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            in1.compute_at(output, xo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp411, rp_411)
