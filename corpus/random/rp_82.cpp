// Random pipeline (seed 82): 6 stages over tensor4d 16x16x16x2 int16 input.
// Steps: boundary, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp82 : public Generator<Rp82> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_rmax1;
    Func in0{"in0"}, rmax1{"rmax1"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        r_rmax1 = RDom(1, 15, "r_rmax1");
        rmax1(x, c, n) = in0(x, 0, c, n);
        rmax1(x, c, n) = max(rmax1(x, c, n), in0(x, r_rmax1.x, c, n));
        output(x, c, n) = rmax1(x, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 2}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            rmax1.compute_root().vectorize(x, 8).parallel(c);
            rmax1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp82, rp_82)
