// Random pipeline (seed 65): 13 stages over image2d 256x1024 uint8 input.
// Steps: boundary, boundary, binary, reduction, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp65 : public Generator<Rp65> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_red3;
    Func in0{"in0"}, in1{"in1"}, add2{"add2"}, red3{"red3"}, box4{"box4"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        add2(x, y) = in0(x, y) / 2 + in1(x, y) / 2;
        r_red3 = RDom(0, 1024, "r_red3");
        red3(x) = sum((cast<float>(add2(x, r_red3.x)) * 0.003922f)) * 0.000977f;
        box4(x) = (red3(x - 1) + red3(x) + red3(x + 1)) * 0.333333f;
        output(x) = cast<uint8_t>(clamp(box4(x) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 1024}});
        input2.set_estimates({{0, 256}, {0, 1024}});
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            red3.compute_root().vectorize(x, 16);
            add2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(add2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp65, rp_65)
