// Random pipeline (seed 446): 18 stages over image2d 3072x2560 uint16 input.
// Steps: boundary, scan, resample, cast, stencil, downsample, histogram, downsample, lut, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp446 : public Generator<Rp446> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_iir1, r_hist6;
    Func in0{"in0"}, iir1{"iir1"}, resize2_x{"resize2_x"}, resize2_y{"resize2_y"}, cvt3{"cvt3"}, lap4{"lap4"};
    Func down5{"down5"}, hist6{"hist6"}, down7_x{"down7_x"}, down7_y{"down7_y"}, lut8{"lut8"}, cvt9{"cvt9"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        r_iir1 = RDom(1, 3071, "r_iir1");
        iir1(x, y) = (cast<float>(in0(x, y)) * 0.000015f);
        iir1(r_iir1.x, y) = 0.5f * iir1(r_iir1.x - 1, y) + 0.5f * iir1(r_iir1.x, y);
        iir1(3071 - r_iir1.x, y) = 0.5f * iir1(3072 - r_iir1.x, y) + 0.5f * iir1(3071 - r_iir1.x, y);
        Expr resize2_x_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize2_x_ix = cast<int32_t>(floor(resize2_x_sx));
        Expr resize2_x_fx = resize2_x_sx - cast<float>(resize2_x_ix);
        resize2_x(x, y) = lerp(iir1(resize2_x_ix, y), iir1(resize2_x_ix + 1, y), resize2_x_fx);
        Expr resize2_y_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize2_y_iy = cast<int32_t>(floor(resize2_y_sy));
        Expr resize2_y_fy = resize2_y_sy - cast<float>(resize2_y_iy);
        resize2_y(x, y) = lerp(resize2_x(x, resize2_y_iy), resize2_x(x, resize2_y_iy + 1), resize2_y_fy);
        cvt3(x, y) = cast<int32_t>(resize2_y(x, y) * 1024.0f);
        lap4(x, y) = (cast<float>(cvt3(x - 1, y)) * 0.000977f) + (cast<float>(cvt3(x + 1, y)) * 0.000977f) + (cast<float>(cvt3(x, y - 1)) * 0.000977f) + (cast<float>(cvt3(x, y + 1)) * 0.000977f) - 4.0f * (cast<float>(cvt3(x, y)) * 0.000977f);
        down5(x, y) = (lap4(2 * x, 2 * y) + lap4(2 * x + 1, 2 * y) + lap4(2 * x, 2 * y + 1) + lap4(2 * x + 1, 2 * y + 1)) * 0.25f;
        r_hist6 = RDom(0, 1024, 0, 853, "r_hist6");
        hist6(x) = 0;
        hist6(clamp(cast<int32_t>(down5(r_hist6.x, r_hist6.y) * 63.0f), 0, 63)) += 1;
        down7_x(x, y) = (down5(2 * x - 1, y) + 3.0f * down5(2 * x, y) + 3.0f * down5(2 * x + 1, y) + down5(2 * x + 2, y)) * 0.125f;
        down7_y(x, y) = (down7_x(x, 2 * y - 1) + 3.0f * down7_x(x, 2 * y) + 3.0f * down7_x(x, 2 * y + 1) + down7_x(x, 2 * y + 2)) * 0.125f;
        lut8(x, y) = (cast<float>(hist6(clamp(cast<int32_t>(down7_y(x, y) * 63.0f), 0, 63))) * 0.000977f);
        cvt9(x, y) = cast<int32_t>(lut8(x, y) * 1024.0f);
        output(x, y) = cast<uint8_t>(clamp((cast<float>(cvt9(x, y)) * 0.000977f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 2560}});
        output.set_estimates({{0, 512}, {0, 426}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            cvt9.compute_at(output, yo).vectorize(x, 8);
            down7_x.compute_at(cvt9, y).vectorize(x, 8);
            hist6.compute_root();
            down5.compute_root().vectorize(x, 16).parallel(y);
            cvt3.compute_root().vectorize(x, 16).parallel(y);
            resize2_y.compute_at(cvt3, y).vectorize(x, 16);
            iir1.compute_root().vectorize(x, 8).parallel(y);
            iir1.update(0).vectorize(y, 16);
            iir1.update(1).vectorize(y, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp446, rp_446)
