// Random pipeline (seed 483): 14 stages over image3d 1024x768x3 uint16 input.
// Steps: boundary, resample, slice, all_to_all, pointwise, downsample, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp483 : public Generator<Rp483> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<float>> w_mix3{"w_mix3", 2};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mix3;
    Func in0{"in0"}, resize1_x{"resize1_x"}, resize1_y{"resize1_y"}, slice2{"slice2"}, mix3{"mix3"}, pw4{"pw4"};
    Func down5_x{"down5_x"}, down5_y{"down5_y"}, slice6{"slice6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        Expr resize1_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_x_ix = cast<int32_t>(floor(resize1_x_sx));
        Expr resize1_x_fx = resize1_x_sx - cast<float>(resize1_x_ix);
        resize1_x(x, y, c) = lerp((cast<float>(in0(resize1_x_ix, y, c)) * 0.000015f), (cast<float>(in0(resize1_x_ix + 1, y, c)) * 0.000015f), resize1_x_fx);
        Expr resize1_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_y_iy = cast<int32_t>(floor(resize1_y_sy));
        Expr resize1_y_fy = resize1_y_sy - cast<float>(resize1_y_iy);
        resize1_y(x, y, c) = lerp(resize1_x(x, resize1_y_iy, c), resize1_x(x, resize1_y_iy + 1, c), resize1_y_fy);
        slice2(x, c) = resize1_y(x, 14, c);
        r_mix3 = RDom(0, 3, "r_mix3");
        mix3(x, c) = 0.0f;
        mix3(x, c) += slice2(x, r_mix3.x) * w_mix3(r_mix3.x, clamp(c, 0, 2));
        pw4(x, c) = floor(mix3(x, c) * 8.0f) * 0.125f;
        down5_x(x, y, c) = ((cast<float>(in0(2 * x - 1, y, c)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x, y, c)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x + 1, y, c)) * 0.000015f) + (cast<float>(in0(2 * x + 2, y, c)) * 0.000015f)) * 0.125f;
        down5_y(x, y, c) = (down5_x(x, 2 * y - 1, c) + 3.0f * down5_x(x, 2 * y, c) + 3.0f * down5_x(x, 2 * y + 1, c) + down5_x(x, 2 * y + 2, c)) * 0.125f;
        slice6(x, y) = down5_y(x, y, 2);
        output(x, y, c) = cast<uint16_t>(clamp((slice6(x, y) + pw4(x * 1365 / 512, c)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 768}, {0, 3}});
        w_mix3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 512}, {0, 384}, {0, 3}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            slice6.compute_root().vectorize(x, 16).parallel(y);
            down5_x.compute_root().vectorize(x, 8).parallel(y);
            pw4.compute_at(output, yo).vectorize(x, 8);
            mix3.compute_at(pw4, c).vectorize(x, 8);
            mix3.update(0).vectorize(x, 8).unroll(r_mix3.x);
            slice2.compute_root().vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp483, rp_483)
