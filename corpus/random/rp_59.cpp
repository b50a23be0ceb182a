// Random pipeline (seed 59): 10 stages over tensor4d 28x28x8x2 float input.
// Steps: boundary, reduction, binary, activation, stencil, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp59 : public Generator<Rp59> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_red1;
    Func in0{"in0"}, red1{"red1"}, mul2{"mul2"}, act3{"act3"}, lap4{"lap4"}, pw5{"pw5"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        r_red1 = RDom(0, 28, "r_red1");
        red1(y, c, n) = 0.0f;
        red1(y, c, n) += in0(r_red1.x, y, c, n);
        mul2(x, y, c, n) = in0(x, y, c, n) * red1(y, c, n);
        act3(x, y, c, n) = 1.0f / (1.0f + exp(-mul2(x, y, c, n)));
        lap4(x, y, c, n) = act3(x - 1, y, c, n) + act3(x + 1, y, c, n) + act3(x, y - 1, c, n) + act3(x, y + 1, c, n) - 4.0f * act3(x, y, c, n);
        pw5(x, y, c, n) = sqrt(abs(lap4(x, y, c, n)) + 1.0f) * gain;
        output(x, y, c, n) = pw5(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 2}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            pw5.compute_root().vectorize(x, 8).parallel(c);
            lap4.compute_at(pw5, n).vectorize(x, 8);
            act3.compute_root().vectorize(x, 8).parallel(c);
            mul2.compute_at(act3, y).vectorize(x, 8);
            red1.compute_root().parallel(c);
            red1.update(0).vectorize(y, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp59, rp_59)
