// Random pipeline (seed 242): 10 stages over tensor3d 28x28x64 float input.
// Steps: boundary, conv, reduction, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp242 : public Generator<Rp242> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> w_dw1{"w_dw1", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_dw1, r_red2;
    Func in0{"in0"}, dw1{"dw1"}, red2{"red2"}, resize3{"resize3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_dw1 = RDom(0, 3, 0, 3, "r_dw1");
        dw1(x, y, c) = 0.0f;
        dw1(x, y, c) += in0(x + r_dw1.x - 1, y + r_dw1.y - 1, c) * w_dw1(r_dw1.x, r_dw1.y, c);
        r_red2 = RDom(0, 28, "r_red2");
        red2(x, c) = maximum(dw1(x, r_red2.x, c));
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp(in0(resize3_ix, resize3_iy, c), in0(resize3_ix + 1, resize3_iy, c), resize3_fx), lerp(in0(resize3_ix, resize3_iy + 1, c), in0(resize3_ix + 1, resize3_iy + 1, c), resize3_fx), resize3_fy);
        output(x, y, c) = (resize3(x, y, c) + red2(x / 2, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}});
        w_dw1.set_estimates({{0, 3}, {0, 3}, {0, 64}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 64}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            red2.compute_root().vectorize(x, 8).parallel(c);
            dw1.compute_at(red2, c).vectorize(x, 8);
            dw1.update(0).vectorize(x, 8).unroll(r_dw1.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp242, rp_242)
