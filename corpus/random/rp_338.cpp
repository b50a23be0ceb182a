// Random pipeline (seed 338): 20 stages over image2d 768x768 float input.
// Steps: boundary, resample, binary, binary, separable, binary, reindex, separable, binary, binary, separable, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp338 : public Generator<Rp338> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, resize1_x{"resize1_x"}, resize1_y{"resize1_y"}, mul2{"mul2"}, avg3{"avg3"}, blur4_x{"blur4_x"};
    Func blur4_y{"blur4_y"}, mul5{"mul5"}, flip6{"flip6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, mn8{"mn8"};
    Func add9{"add9"}, blur10_x{"blur10_x"}, blur10_y{"blur10_y"}, up11{"up11"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        Expr resize1_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_x_ix = cast<int32_t>(floor(resize1_x_sx));
        Expr resize1_x_fx = resize1_x_sx - cast<float>(resize1_x_ix);
        resize1_x(x, y) = lerp(in0(resize1_x_ix, y), in0(resize1_x_ix + 1, y), resize1_x_fx);
        Expr resize1_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_y_iy = cast<int32_t>(floor(resize1_y_sy));
        Expr resize1_y_fy = resize1_y_sy - cast<float>(resize1_y_iy);
        resize1_y(x, y) = lerp(resize1_x(x, resize1_y_iy), resize1_x(x, resize1_y_iy + 1), resize1_y_fy);
        mul2(x, y) = in0(x, y) * resize1_y(x * 4 / 3, y * 4 / 3);
        avg3(x, y) = (mul2(x, y) + resize1_y(x * 4 / 3, y * 4 / 3)) * 0.5f;
        blur4_x(x, y) = (avg3(x - 1, y) + avg3(x, y) + avg3(x + 1, y)) * 0.333333f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + blur4_x(x, y) + blur4_x(x, y + 1)) * 0.333333f;
        mul5(x, y) = blur4_y(x, y) * mul2(x, y);
        flip6(x, y) = mul5(767 - x, y);
        blur7_x(x, y) = (avg3(x - 1, y) + 2.0f * avg3(x, y) + avg3(x + 1, y)) * 0.25f;
        blur7_y(x, y) = (blur7_x(x, y - 1) + 2.0f * blur7_x(x, y) + blur7_x(x, y + 1)) * 0.25f;
        mn8(x, y) = min(blur7_y(x, y), flip6(x, y));
        add9(x, y) = mn8(x, y) + blur7_y(x, y);
        blur10_x(x, y) = (add9(x - 1, y) + 2.0f * add9(x, y) + add9(x + 1, y)) * 0.25f;
        blur10_y(x, y) = (blur10_x(x, y - 1) + 2.0f * blur10_x(x, y) + blur10_x(x, y + 1)) * 0.25f;
        Expr up11_fx = cast<float>(x % 2) * 0.5f;
        Expr up11_fy = cast<float>(y % 2) * 0.5f;
        up11(x, y) = lerp(lerp(blur10_y(x / 2, y / 2), blur10_y(x / 2 + 1, y / 2), up11_fx), lerp(blur10_y(x / 2, y / 2 + 1), blur10_y(x / 2 + 1, y / 2 + 1), up11_fx), up11_fy);
        output(x, y) = up11(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 768}});
        output.set_estimates({{0, 1536}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            blur10_x.compute_at(output, xo).vectorize(x, 8);
            mn8.compute_at(blur10_x, y).vectorize(x, 8);
            mul5.compute_root().vectorize(x, 16).parallel(y);
            blur4_y.compute_root().vectorize(x, 8).parallel(y);
            resize1_y.compute_root().vectorize(x, 8).parallel(y);
            resize1_x.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp338, rp_338)
