// Random pipeline (seed 55): 12 stages over tensor3d 28x28x64 uint8 input.
// Steps: boundary, boundary, binary, binary, separable, all_to_all, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp55 : public Generator<Rp55> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<Buffer<float>> w_mm5{"w_mm5", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mm5;
    Func in0{"in0"}, in1{"in1"}, blend2{"blend2"}, add3{"add3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func mm5{"mm5"}, resize6{"resize6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        blend2(x, y, c) = lerp(in1(x, y, c), (cast<float>(in0(x, y, c)) * 0.003922f), 0.3f);
        add3(x, y, c) = blend2(x, y, c) + in1(x, y, c);
        blur4_x(x, y, c) = (add3(x - 1, y, c) + 2.0f * add3(x, y, c) + add3(x + 1, y, c)) * 0.25f;
        blur4_y(x, y, c) = (blur4_x(x, y - 1, c) + 2.0f * blur4_x(x, y, c) + blur4_x(x, y + 1, c)) * 0.25f;
        r_mm5 = RDom(0, 28, "r_mm5");
        mm5(x, y, c) = 0.0f;
        mm5(x, y, c) += blur4_y(r_mm5.x, y, c) * w_mm5(r_mm5.x, clamp(x, 0, 27));
        Expr resize6_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize6_ix = cast<int32_t>(floor(resize6_sx));
        Expr resize6_fx = resize6_sx - cast<float>(resize6_ix);
        Expr resize6_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize6_iy = cast<int32_t>(floor(resize6_sy));
        Expr resize6_fy = resize6_sy - cast<float>(resize6_iy);
        resize6(x, y, c) = lerp(lerp(mm5(resize6_ix, resize6_iy, c), mm5(resize6_ix + 1, resize6_iy, c), resize6_fx), lerp(mm5(resize6_ix, resize6_iy + 1, c), mm5(resize6_ix + 1, resize6_iy + 1, c), resize6_fx), resize6_fy);
        output(x, y, c) = resize6(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 64}});
        w_mm5.set_estimates({{0, 28}, {0, 28}});
        output.set_estimates({{0, 37}, {0, 37}, {0, 64}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            resize6.compute_at(output, y).vectorize(x, 8);
            mm5.compute_at(resize6, c).vectorize(x, 8);
            mm5.update(0).vectorize(x, 8);
            blur4_y.compute_root().vectorize(x, 8).parallel(c);
            blur4_x.compute_at(blur4_y, c).vectorize(x, 8);
            blend2.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_at(blend2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp55, rp_55)
