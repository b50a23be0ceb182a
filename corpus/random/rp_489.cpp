// Random pipeline (seed 489): 12 stages over tensor3d 56x56x8 float input.
// Steps: boundary, stencil, all_to_all, upsample, stencil, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp489 : public Generator<Rp489> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mix2, r_cumsum5;
    Func in0{"in0"}, box1{"box1"}, mix2{"mix2"}, up3_x{"up3_x"}, up3_y{"up3_y"}, box4{"box4"};
    Func cumsum5{"cumsum5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        box1(x, y, c) = (in0(x - 1, y - 1, c) + in0(x, y - 1, c) + in0(x + 1, y - 1, c) + in0(x - 1, y, c) + in0(x, y, c) + in0(x + 1, y, c) + in0(x - 1, y + 1, c) + in0(x, y + 1, c) + in0(x + 1, y + 1, c)) * 0.111111f;
        r_mix2 = RDom(0, 8, "r_mix2");
        mix2(x, y, c) = 0.0f;
        mix2(x, y, c) += box1(x, y, r_mix2.x) * (cast<float>((r_mix2.x + 2 * c) % 7) * 0.1f - 0.3f);
        up3_x(x, y, c) = 0.25f * mix2((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * mix2(x / 2, y, c);
        up3_y(x, y, c) = 0.25f * up3_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up3_x(x, y / 2, c);
        box4(x, y, c) = (up3_y(x - 1, y - 1, c) + up3_y(x, y - 1, c) + up3_y(x + 1, y - 1, c) + up3_y(x - 1, y, c) + up3_y(x, y, c) + up3_y(x + 1, y, c) + up3_y(x - 1, y + 1, c) + up3_y(x, y + 1, c) + up3_y(x + 1, y + 1, c)) * 0.111111f;
        r_cumsum5 = RDom(1, 111, "r_cumsum5");
        cumsum5(x, y, c) = box4(x, y, c);
        cumsum5(x, r_cumsum5.x, c) = cumsum5(x, r_cumsum5.x - 1, c) + cumsum5(x, r_cumsum5.x, c);
        output(x, y, c) = cumsum5(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 112}, {0, 112}, {0, 8}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            cumsum5.compute_root().vectorize(x, 8).parallel(c);
            cumsum5.update(0).vectorize(x, 8).parallel(c);
            box4.compute_root().vectorize(x, 8).parallel(c);
            mix2.compute_root().vectorize(x, 8).parallel(c);
            mix2.update(0).vectorize(x, 8);
            box1.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp489, rp_489)
