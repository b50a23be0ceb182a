// Random pipeline (seed 324): 14 stages over image2d 4096x2048 float input.
// Steps: boundary, boundary, scan, upsample, stencil, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp324 : public Generator<Rp324> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_iir2;
    Func in0{"in0"}, in1{"in1"}, iir2{"iir2"}, up3_x{"up3_x"}, up3_y{"up3_y"}, lap4{"lap4"};
    Func resize5{"resize5"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        r_iir2 = RDom(1, 2047, "r_iir2");
        iir2(x, y) = in1(x, y);
        iir2(x, r_iir2.x) = 0.5f * iir2(x, r_iir2.x - 1) + 0.5f * iir2(x, r_iir2.x);
        iir2(x, 2047 - r_iir2.x) = 0.5f * iir2(x, 2048 - r_iir2.x) + 0.5f * iir2(x, 2047 - r_iir2.x);
        up3_x(x, y) = 0.25f * iir2((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * iir2(x / 2, y);
        up3_y(x, y) = 0.25f * up3_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up3_x(x, y / 2);
        lap4(x, y) = up3_y(x - 1, y) + up3_y(x + 1, y) + up3_y(x, y - 1) + up3_y(x, y + 1) - 4.0f * up3_y(x, y);
        Expr resize5_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize5_ix = cast<int32_t>(floor(resize5_sx));
        Expr resize5_fx = resize5_sx - cast<float>(resize5_ix);
        Expr resize5_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize5_iy = cast<int32_t>(floor(resize5_sy));
        Expr resize5_fy = resize5_sy - cast<float>(resize5_iy);
        resize5(x, y) = lerp(lerp(lap4(resize5_ix, resize5_iy), lap4(resize5_ix + 1, resize5_iy), resize5_fx), lerp(lap4(resize5_ix, resize5_iy + 1), lap4(resize5_ix + 1, resize5_iy + 1), resize5_fx), resize5_fy);
        output(x, y) = cast<uint8_t>(clamp((resize5(x, y) + in0(x * 4096 / 6553, y * 512 / 819)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 2048}});
        input2.set_estimates({{0, 4096}, {0, 2048}});
        output.set_estimates({{0, 6553}, {0, 3276}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            lap4.compute_at(output, yi).vectorize(x, 16);
            iir2.compute_root().vectorize(x, 8).parallel(y);
            iir2.update(0).vectorize(x, 16);
            iir2.update(1).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp324, rp_324)
