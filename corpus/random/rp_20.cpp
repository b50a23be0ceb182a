// Random pipeline (seed 20): 10 stages over image3d 1024x512x4 uint8 input.
// Steps: boundary, scan, separable, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp20 : public Generator<Rp20> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir1;
    Func in0{"in0"}, iir1{"iir1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, resize3_x{"resize3_x"}, resize3_y{"resize3_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        r_iir1 = RDom(1, 511, "r_iir1");
        iir1(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f);
        iir1(x, r_iir1.x, c) = 0.9f * iir1(x, r_iir1.x - 1, c) + 0.1f * iir1(x, r_iir1.x, c);
        blur2_x(x, y, c) = (iir1(x - 1, y, c) + 3.0f * iir1(x, y, c) + 3.0f * iir1(x + 1, y, c) + iir1(x + 2, y, c)) * 0.125f;
        blur2_y(x, y, c) = (blur2_x(x, y - 1, c) + 3.0f * blur2_x(x, y, c) + 3.0f * blur2_x(x, y + 1, c) + blur2_x(x, y + 2, c)) * 0.125f;
        Expr resize3_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_x_ix = cast<int32_t>(floor(resize3_x_sx));
        Expr resize3_x_fx = resize3_x_sx - cast<float>(resize3_x_ix);
        resize3_x(x, y, c) = lerp(blur2_y(resize3_x_ix, y, c), blur2_y(resize3_x_ix + 1, y, c), resize3_x_fx);
        Expr resize3_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_y_iy = cast<int32_t>(floor(resize3_y_sy));
        Expr resize3_y_fy = resize3_y_sy - cast<float>(resize3_y_iy);
        resize3_y(x, y, c) = lerp(resize3_x(x, resize3_y_iy, c), resize3_x(x, resize3_y_iy + 1, c), resize3_y_fy);
        output(x, y, c) = cast<uint8_t>(clamp(resize3_y(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 512}, {0, 4}});
        output.set_estimates({{0, 1365}, {0, 682}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            blur2_y.compute_at(output, y).vectorize(x, 8);
            iir1.compute_root().vectorize(x, 16).parallel(c);
            iir1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp20, rp_20)
