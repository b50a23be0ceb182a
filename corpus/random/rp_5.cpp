// Random pipeline (seed 5): 6 stages over image2d 2560x1024 float input.
// Steps: boundary, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp5 : public Generator<Rp5> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_rmax1;
    Func in0{"in0"}, rmax1{"rmax1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        r_rmax1 = RDom(1, 1023, "r_rmax1");
        rmax1(x) = in0(x, 0);
        rmax1(x) = max(rmax1(x), in0(x, r_rmax1.x));
        output(x) = rmax1(x);
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1024}});
        output.set_estimates({{0, 2560}});

        if (!auto_schedule) {
            output.vectorize(x, 8);
            rmax1.compute_root().vectorize(x, 8);
            rmax1.update(0).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp5, rp_5)
