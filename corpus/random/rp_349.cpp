// Random pipeline (seed 349): 10 stages over image2d 2560x2048 float input.
// Steps: boundary, resample, transpose, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp349 : public Generator<Rp349> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_rmax3;
    Func in0{"in0"}, resize1_x{"resize1_x"}, resize1_y{"resize1_y"}, tr2{"tr2"}, rmax3{"rmax3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        Expr resize1_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize1_x_ix = cast<int32_t>(floor(resize1_x_sx));
        Expr resize1_x_fx = resize1_x_sx - cast<float>(resize1_x_ix);
        resize1_x(x, y) = lerp(in0(resize1_x_ix, y), in0(resize1_x_ix + 1, y), resize1_x_fx);
        Expr resize1_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize1_y_iy = cast<int32_t>(floor(resize1_y_sy));
        Expr resize1_y_fy = resize1_y_sy - cast<float>(resize1_y_iy);
        resize1_y(x, y) = lerp(resize1_x(x, resize1_y_iy), resize1_x(x, resize1_y_iy + 1), resize1_y_fy);
        tr2(x, y) = resize1_y(y, x);
        r_rmax3 = RDom(1, 2047, "r_rmax3");
        rmax3(x) = tr2(x, 0);
        rmax3(x) = max(rmax3(x), tr2(x, r_rmax3.x));
        output(x) = rmax3(x) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 2048}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1638}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            rmax3.compute_root().vectorize(x, 8);
            rmax3.update(0).vectorize(x, 16);
            tr2.compute_root().vectorize(x, 16).parallel(y);
            resize1_y.compute_at(tr2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp349, rp_349)
