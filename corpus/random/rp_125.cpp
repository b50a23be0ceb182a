// Random pipeline (seed 125): 8 stages over image2d 1920x640 uint16 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp125 : public Generator<Rp125> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint16_t>(0))(x, y);
        output(x, y) = ((cast<float>(in1(x, y)) * 0.000015f) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 640}});
        input2.set_estimates({{0, 1920}, {0, 640}});
        output.set_estimates({{0, 1920}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp125, rp_125)
