// Random pipeline (seed 243): 12 stages over tensor3d 16x16x32 float input.
// Steps: boundary, boundary, cast, reduction, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp243 : public Generator<Rp243> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red3;
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"}, red3{"red3"}, pw4{"pw4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        cvt2(x, y, c) = saturating_cast<int16_t>(in1(x, y, c));
        r_red3 = RDom(0, 32, "r_red3");
        red3(x, y) = sum((cast<float>(cvt2(x, y, r_red3.x)) * 0.000031f)) * 0.03125f;
        pw4(x, y, c) = pow(abs((cast<float>(in1(x, y, c)) * 0.003922f)) + 0.001f, 0.4545f) * gain;
        output(x, y, c) = (pw4(x, y, c) + in0(x, y, c) + red3(x, y)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 32}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            pw4.compute_at(output, y).vectorize(x, 8);
            red3.compute_root().vectorize(x, 8).parallel(y);
            cvt2.compute_at(red3, y).vectorize(x, 8);
            in0.compute_at(output, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp243, rp_243)
