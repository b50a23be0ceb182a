// Random pipeline (seed 320): 13 stages over tensor4d 28x28x32x2 float input.
// Steps: boundary, boundary, boundary, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp320 : public Generator<Rp320> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix3;
    Func in0{"in0"}, in1{"in1"}, pad2{"pad2"}, mix3{"mix3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y, c, n);
        pad2(x, y, c, n) = BoundaryConditions::constant_exterior(in1, 0.0f, {{0, 28}, {0, 28}, {0, 32}, {0, 2}})(x, y, c, n);
        r_mix3 = RDom(0, 32, "r_mix3");
        mix3(x, y, c, n) = 0.0f;
        mix3(x, y, c, n) += pad2(x, y, r_mix3.x, n) * (cast<float>((r_mix3.x + 2 * c) % 7) * 0.1f - 0.3f);
        output(x, y, c, n) = (mix3(x, y, c, n) + in0(x, y, c, n)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 2}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 2}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mix3.compute_at(output, n).vectorize(x, 8);
            mix3.update(0).vectorize(x, 8);
            pad2.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp320, rp_320)
