// Random pipeline (seed 289): 8 stages over tensor4d 16x16x64x2 float input.
// Steps: boundary, all_to_all, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp289 : public Generator<Rp289> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> w_mix1{"w_mix1", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix1;
    Func in0{"in0"}, mix1{"mix1"}, pad2{"pad2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        r_mix1 = RDom(0, 64, "r_mix1");
        mix1(x, y, c, n) = 0.0f;
        mix1(x, y, c, n) += in0(x, y, r_mix1.x, n) * w_mix1(r_mix1.x, clamp(c, 0, 63));
        pad2(x, y, c, n) = BoundaryConditions::mirror_image(mix1, {{0, 16}, {0, 16}, {0, 64}, {0, 2}})(x, y, c, n);
        output(x, y, c, n) = pad2(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});
        w_mix1.set_estimates({{0, 64}, {0, 64}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            pad2.compute_at(output, c).vectorize(x, 8);
            mix1.compute_at(pad2, c).vectorize(x, 8);
            mix1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp289, rp_289)
