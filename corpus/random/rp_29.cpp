// Random pipeline (seed 29): 9 stages over tensor4d 16x16x8x4 float input.
// Steps: boundary, boundary, pointwise, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp29 : public Generator<Rp29> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, cvt3{"cvt3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_interior(input2)(x, y, c, n);
        pw2(x, y, c, n) = exp(-abs(in1(x, y, c, n)));
        cvt3(x, y, c, n) = cast<int32_t>(in0(x, y, c, n) * 1024.0f);
        output(x, y, c, n) = ((cast<float>(cvt3(x, y, c, n)) * 0.000977f) + pw2(x, y, c, n)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 4}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 4}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp29, rp_29)
