// Random pipeline (seed 85): 14 stages over tensor4d 16x16x32x8 float input.
// Steps: boundary, boundary, pointwise, all_to_all, boundary, binary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp85 : public Generator<Rp85> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 2};
    Input<Buffer<float>> w_mm3{"w_mm3", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mm3;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, mm3{"mm3"}, pad4{"pad4"}, avg5{"avg5"};
    Func act6{"act6"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_interior(input)(x, y, c, n);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        pw2(x, y) = in1(x, y) / (1.0f + abs(in1(x, y)));
        r_mm3 = RDom(0, 16, "r_mm3");
        mm3(x, y) = 0.0f;
        mm3(x, y) += pw2(r_mm3.x, y) * w_mm3(r_mm3.x, clamp(x, 0, 15));
        pad4(x, y) = BoundaryConditions::mirror_interior(mm3, {{0, 16}, {0, 16}})(x, y);
        avg5(x, y, c, n) = (in0(x, y, c, n) + pad4(x, y)) * 0.5f;
        act6(x, y, c, n) = log(1.0f + exp(avg5(x, y, c, n)));
        output(x, y, c, n) = act6(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 8}});
        input2.set_estimates({{0, 16}, {0, 16}});
        w_mm3.set_estimates({{0, 16}, {0, 16}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            act6.compute_root().vectorize(x, 8).parallel(n);
            avg5.compute_root().vectorize(x, 8).parallel(n);
            mm3.compute_at(avg5, c).vectorize(x, 8);
            mm3.update(0).vectorize(x, 8);
            pw2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_at(pw2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp85, rp_85)
