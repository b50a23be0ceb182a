// Random pipeline (seed 477): 12 stages over image3d 256x384x4 float input.
// Steps: boundary, boundary, downsample, upsample, pointwise, transpose, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp477 : public Generator<Rp477> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mm6{"w_mm6", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mm6;
    Func in0{"in0"}, in1{"in1"}, down2_x{"down2_x"}, down2_y{"down2_y"}, up3{"up3"}, pw4{"pw4"};
    Func tr5{"tr5"}, mm6{"mm6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        down2_x(x, y) = (in1(2 * x - 1, y) + 3.0f * in1(2 * x, y) + 3.0f * in1(2 * x + 1, y) + in1(2 * x + 2, y)) * 0.125f;
        down2_y(x, y) = (down2_x(x, 2 * y - 1) + 3.0f * down2_x(x, 2 * y) + 3.0f * down2_x(x, 2 * y + 1) + down2_x(x, 2 * y + 2)) * 0.125f;
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y) = lerp(lerp(down2_y(x / 2, y / 2), down2_y(x / 2 + 1, y / 2), up3_fx), lerp(down2_y(x / 2, y / 2 + 1), down2_y(x / 2 + 1, y / 2 + 1), up3_fx), up3_fy);
        pw4(x, y) = exp(-abs(up3(x, y)));
        tr5(x, y, c) = in0(y, x, c);
        r_mm6 = RDom(0, 384, "r_mm6");
        mm6(x, y, c) = 0.0f;
        mm6(x, y, c) += tr5(r_mm6.x, y, c) * w_mm6(r_mm6.x, clamp(x, 0, 383));
        output(x, y, c) = (mm6(x, y, c) + pw4(x * 2 / 3, y * 3 / 2)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 384}, {0, 4}});
        input2.set_estimates({{0, 256}, {0, 384}});
        gain.set_estimate(1.25f);
        w_mm6.set_estimates({{0, 384}, {0, 384}});
        output.set_estimates({{0, 384}, {0, 256}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            mm6.compute_at(output, xo).vectorize(x, 8);
            mm6.update(0).vectorize(x, 16);
            up3.compute_root().vectorize(x, 8).parallel(y);
            down2_y.compute_at(up3, y).vectorize(x, 8);
            down2_x.compute_at(down2_y, y).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp477, rp_477)
