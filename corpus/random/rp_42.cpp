// Random pipeline (seed 42): 13 stages over image3d 1280x1024x3 uint8 input.
// Steps: boundary, boundary, separable, reduction, separable, resample, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp42 : public Generator<Rp42> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red3;
    Func in0{"in0"}, in1{"in1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, red3{"red3"}, blur4_x{"blur4_x"};
    Func blur4_y{"blur4_y"}, resize5{"resize5"}, blend6{"blend6"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        blur2_x(x, y) = cast<int32_t>(in1(x - 1, y)) + 3 * cast<int32_t>(in1(x, y)) + 3 * cast<int32_t>(in1(x + 1, y)) + cast<int32_t>(in1(x + 2, y));
        blur2_y(x, y) = cast<uint8_t>((blur2_x(x, y - 1) + 3 * blur2_x(x, y) + 3 * blur2_x(x, y + 1) + blur2_x(x, y + 2)) / 64);
        r_red3 = RDom(0, 1024, "r_red3");
        red3(x) = 0.0f;
        red3(x) += (cast<float>(blur2_y(x, r_red3.x)) * 0.003922f);
        blur4_x(x, y) = ((cast<float>(blur2_y(x - 2, y)) * 0.003922f) + 4.0f * (cast<float>(blur2_y(x - 1, y)) * 0.003922f) + 6.0f * (cast<float>(blur2_y(x, y)) * 0.003922f) + 4.0f * (cast<float>(blur2_y(x + 1, y)) * 0.003922f) + (cast<float>(blur2_y(x + 2, y)) * 0.003922f)) * 0.0625f;
        blur4_y(x, y) = (blur4_x(x, y - 2) + 4.0f * blur4_x(x, y - 1) + 6.0f * blur4_x(x, y) + 4.0f * blur4_x(x, y + 1) + blur4_x(x, y + 2)) * 0.0625f;
        Expr resize5_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize5_ix = cast<int32_t>(floor(resize5_sx));
        Expr resize5_fx = resize5_sx - cast<float>(resize5_ix);
        Expr resize5_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize5_iy = cast<int32_t>(floor(resize5_sy));
        Expr resize5_fy = resize5_sy - cast<float>(resize5_iy);
        resize5(x, y) = lerp(lerp(blur4_y(resize5_ix, resize5_iy), blur4_y(resize5_ix + 1, resize5_iy), resize5_fx), lerp(blur4_y(resize5_ix, resize5_iy + 1), blur4_y(resize5_ix + 1, resize5_iy + 1), resize5_fx), resize5_fy);
        blend6(x, y) = lerp(resize5(x, y), red3(x * 1280 / 853), 0.3f);
        output(x, y, c) = cast<uint8_t>(clamp((blend6(x, y) + (cast<float>(in0(x * 1280 / 853, y * 512 / 341, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 1024}});
        output.set_estimates({{0, 853}, {0, 682}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            blur4_x.compute_root().vectorize(x, 16).parallel(y);
            red3.compute_root().vectorize(x, 8);
            red3.update(0).vectorize(x, 16);
            blur2_x.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp42, rp_42)
