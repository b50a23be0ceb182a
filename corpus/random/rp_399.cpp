// Random pipeline (seed 399): 10 stages over tensor4d 16x16x16x8 float input.
// Steps: boundary, boundary, upsample, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp399 : public Generator<Rp399> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mm3;
    Func in0{"in0"}, in1{"in1"}, up2{"up2"}, mm3{"mm3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y, c, n) = lerp(lerp(in1(x / 2, y / 2, c, n), in1(x / 2 + 1, y / 2, c, n), up2_fx), lerp(in1(x / 2, y / 2 + 1, c, n), in1(x / 2 + 1, y / 2 + 1, c, n), up2_fx), up2_fy);
        r_mm3 = RDom(0, 32, "r_mm3");
        mm3(x, y, c, n) = 0.0f;
        mm3(x, y, c, n) += up2(r_mm3.x, y, c, n) * (cast<float>((r_mm3.x + 2 * x) % 7) * 0.1f - 0.3f);
        output(x, y, c, n) = (mm3(x, y, c, n) + in0(x / 2, y / 2, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 8}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 8}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mm3.compute_root().vectorize(x, 8).parallel(n);
            mm3.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp399, rp_399)
