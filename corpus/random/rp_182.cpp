// Random pipeline (seed 182): 15 stages over tensor3d 56x56x32 float input.
// Steps: boundary, boundary, stencil, conv, cast, resample, activation, all_to_all, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp182 : public Generator<Rp182> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<Buffer<float>> w_dw3{"w_dw3", 3};
    Input<Buffer<float>> w_mix7{"w_mix7", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_dw3, r_mix7;
    Func in0{"in0"}, in1{"in1"}, grad2{"grad2"}, dw3{"dw3"}, cvt4{"cvt4"}, resize5_x{"resize5_x"};
    Func resize5_y{"resize5_y"}, act6{"act6"}, mix7{"mix7"}, pw8{"pw8"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        grad2(x, y, c) = sqrt((in1(x + 1, y, c) - in1(x - 1, y, c)) * (in1(x + 1, y, c) - in1(x - 1, y, c)) + (in1(x, y + 1, c) - in1(x, y - 1, c)) * (in1(x, y + 1, c) - in1(x, y - 1, c)));
        r_dw3 = RDom(0, 5, 0, 5, "r_dw3");
        dw3(x, y, c) = 0.0f;
        dw3(x, y, c) += grad2(x + r_dw3.x - 2, y + r_dw3.y - 2, c) * w_dw3(r_dw3.x, r_dw3.y, c);
        cvt4(x, y, c) = cast<int32_t>(dw3(x, y, c) * 1024.0f);
        Expr resize5_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_x_ix = cast<int32_t>(floor(resize5_x_sx));
        Expr resize5_x_fx = resize5_x_sx - cast<float>(resize5_x_ix);
        resize5_x(x, y, c) = lerp((cast<float>(cvt4(resize5_x_ix, y, c)) * 0.000977f), (cast<float>(cvt4(resize5_x_ix + 1, y, c)) * 0.000977f), resize5_x_fx);
        Expr resize5_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_y_iy = cast<int32_t>(floor(resize5_y_sy));
        Expr resize5_y_fy = resize5_y_sy - cast<float>(resize5_y_iy);
        resize5_y(x, y, c) = lerp(resize5_x(x, resize5_y_iy, c), resize5_x(x, resize5_y_iy + 1, c), resize5_y_fy);
        act6(x, y, c) = log(1.0f + exp(in0(x, y, c)));
        r_mix7 = RDom(0, 32, "r_mix7");
        mix7(x, y, c) = 0.0f;
        mix7(x, y, c) += act6(x, y, r_mix7.x) * w_mix7(r_mix7.x, clamp(c, 0, 31));
        pw8(x, y, c) = sqrt(abs(in0(x, y, c)) + 1.0f);
        output(x, y, c) = (pw8(x, y, c) + resize5_y(x * 37 / 28, y * 37 / 28, c) + mix7(x, y, c)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 32}});
        input2.set_estimates({{0, 56}, {0, 56}, {0, 32}});
        w_dw3.set_estimates({{0, 5}, {0, 5}, {0, 32}});
        w_mix7.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            pw8.compute_at(output, c).vectorize(x, 8);
            mix7.compute_at(output, c).vectorize(x, 8);
            mix7.update(0).vectorize(x, 8);
            act6.compute_root().vectorize(x, 8).parallel(c);
            resize5_x.compute_root().vectorize(x, 8).parallel(c);
            dw3.compute_root().vectorize(x, 8).parallel(c);
            dw3.update(0).vectorize(x, 8).unroll(r_dw3.x).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp182, rp_182)
