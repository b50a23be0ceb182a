// Random pipeline (seed 426): 9 stages over tensor3d 16x16x64 float input.
// Steps: boundary, boundary, scan, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp426 : public Generator<Rp426> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_cumsum2;
    Func in0{"in0"}, in1{"in1"}, cumsum2{"cumsum2"}, act3{"act3"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y, c);
        r_cumsum2 = RDom(1, 15, "r_cumsum2");
        cumsum2(x, y, c) = in1(x, y, c);
        cumsum2(x, r_cumsum2.x, c) = cumsum2(x, r_cumsum2.x - 1, c) + cumsum2(x, r_cumsum2.x, c);
        act3(x, y, c) = select(cumsum2(x, y, c) > 0.0f, cumsum2(x, y, c), cumsum2(x, y, c) * 0.1f);
        output(x, y, c) = (act3(x, y, c) + in0(x, y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 64}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 64}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 64}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            act3.compute_root().vectorize(x, 8).parallel(c);
            cumsum2.compute_root().vectorize(x, 8).parallel(c);
            cumsum2.update(0).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp426, rp_426)
