// Random pipeline (seed 308): 18 stages over image2d 1024x384 float input.
// Steps: boundary, scan, resample, upsample, binary, downsample, upsample, downsample, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp308 : public Generator<Rp308> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir1;
    Func in0{"in0"}, iir1{"iir1"}, resize2{"resize2"}, up3_x{"up3_x"}, up3_y{"up3_y"}, mn4{"mn4"};
    Func down5_x{"down5_x"}, down5_y{"down5_y"}, up6_x{"up6_x"}, up6_y{"up6_y"}, down7_x{"down7_x"}, down7_y{"down7_y"};
    Func act8{"act8"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        r_iir1 = RDom(1, 383, "r_iir1");
        iir1(x, y) = in0(x, y);
        iir1(x, r_iir1.x) = 0.7f * iir1(x, r_iir1.x - 1) + 0.3f * iir1(x, r_iir1.x);
        iir1(x, 383 - r_iir1.x) = 0.7f * iir1(x, 384 - r_iir1.x) + 0.3f * iir1(x, 383 - r_iir1.x);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp(iir1(resize2_ix, resize2_iy), iir1(resize2_ix + 1, resize2_iy), resize2_fx), lerp(iir1(resize2_ix, resize2_iy + 1), iir1(resize2_ix + 1, resize2_iy + 1), resize2_fx), resize2_fy);
        up3_x(x, y) = 0.25f * resize2((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * resize2(x / 2, y);
        up3_y(x, y) = 0.25f * up3_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up3_x(x, y / 2);
        mn4(x, y) = min(up3_y(x, y), resize2(x / 2, y / 2));
        down5_x(x, y) = (mn4(2 * x - 1, y) + 3.0f * mn4(2 * x, y) + 3.0f * mn4(2 * x + 1, y) + mn4(2 * x + 2, y)) * 0.125f;
        down5_y(x, y) = (down5_x(x, 2 * y - 1) + 3.0f * down5_x(x, 2 * y) + 3.0f * down5_x(x, 2 * y + 1) + down5_x(x, 2 * y + 2)) * 0.125f;
        up6_x(x, y) = 0.25f * down5_y((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * down5_y(x / 2, y);
        up6_y(x, y) = 0.25f * up6_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up6_x(x, y / 2);
        down7_x(x, y) = (up6_y(2 * x - 1, y) + 3.0f * up6_y(2 * x, y) + 3.0f * up6_y(2 * x + 1, y) + up6_y(2 * x + 2, y)) * 0.125f;
        down7_y(x, y) = (down7_x(x, 2 * y - 1) + 3.0f * down7_x(x, 2 * y) + 3.0f * down7_x(x, 2 * y + 1) + down7_x(x, 2 * y + 2)) * 0.125f;
        act8(x, y) = 1.0f / (1.0f + exp(-down7_y(x, y)));
        output(x, y) = act8(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 384}});
        output.set_estimates({{0, 2048}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            act8.compute_at(output, xo).vectorize(x, 16);
            down7_y.compute_at(act8, y).vectorize(x, 8);
            up6_x.compute_root().vectorize(x, 16).parallel(y);
            down5_y.compute_root().vectorize(x, 16).parallel(y);
            mn4.compute_root().vectorize(x, 16).parallel(y);
            iir1.compute_root().vectorize(x, 8).parallel(y);
            iir1.update(0).vectorize(x, 8);
            iir1.update(1).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp308, rp_308)
