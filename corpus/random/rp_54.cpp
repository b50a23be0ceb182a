// Random pipeline (seed 54): 15 stages over image2d 4096x2560 int16 input.
// Steps: boundary, downsample, scan, stencil, binary, scan, separable, binary, reindex, stencil, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp54 : public Generator<Rp54> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_cumsum2, r_iir5;
    Func in0{"in0"}, down1{"down1"}, cumsum2{"cumsum2"}, grad3{"grad3"}, avg4{"avg4"}, iir5{"iir5"};
    Func blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, blend7{"blend7"}, shift8{"shift8"}, dilate9{"dilate9"}, resize10{"resize10"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        down1(x, y) = ((cast<float>(in0(2 * x, 2 * y)) * 0.000031f) + (cast<float>(in0(2 * x + 1, 2 * y)) * 0.000031f) + (cast<float>(in0(2 * x, 2 * y + 1)) * 0.000031f) + (cast<float>(in0(2 * x + 1, 2 * y + 1)) * 0.000031f)) * 0.25f;
        r_cumsum2 = RDom(1, 1279, "r_cumsum2");
        cumsum2(x, y) = down1(x, y);
        cumsum2(x, r_cumsum2.x) = cumsum2(x, r_cumsum2.x - 1) + cumsum2(x, r_cumsum2.x);
        grad3(x, y) = sqrt((cumsum2(x + 1, y) - cumsum2(x - 1, y)) * (cumsum2(x + 1, y) - cumsum2(x - 1, y)) + (cumsum2(x, y + 1) - cumsum2(x, y - 1)) * (cumsum2(x, y + 1) - cumsum2(x, y - 1)));
        avg4(x, y) = (grad3(x, y) + cumsum2(x, y)) * 0.5f;
        r_iir5 = RDom(1, 1279, "r_iir5");
        iir5(x, y) = avg4(x, y);
        iir5(x, r_iir5.x) = 0.7f * iir5(x, r_iir5.x - 1) + 0.3f * iir5(x, r_iir5.x);
        blur6_x(x, y) = (iir5(x - 1, y) + 2.0f * iir5(x, y) + iir5(x + 1, y)) * 0.25f;
        blur6_y(x, y) = (blur6_x(x, y - 1) + 2.0f * blur6_x(x, y) + blur6_x(x, y + 1)) * 0.25f;
        blend7(x, y) = lerp(blur6_y(x, y), blur6_x(x, y), 0.3f);
        shift8(x, y) = blend7(x + 6, y - 2);
        dilate9(x, y) = max(max(max(max(shift8(x, y), shift8(x - 1, y)), shift8(x + 1, y)), shift8(x, y - 1)), shift8(x, y + 1));
        Expr resize10_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize10_ix = cast<int32_t>(floor(resize10_sx));
        Expr resize10_fx = resize10_sx - cast<float>(resize10_ix);
        Expr resize10_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize10_iy = cast<int32_t>(floor(resize10_sy));
        Expr resize10_fy = resize10_sy - cast<float>(resize10_iy);
        resize10(x, y) = lerp(lerp(dilate9(resize10_ix, resize10_iy), dilate9(resize10_ix + 1, resize10_iy), resize10_fx), lerp(dilate9(resize10_ix, resize10_iy + 1), dilate9(resize10_ix + 1, resize10_iy + 1), resize10_fx), resize10_fy);
        output(x, y) = cast<int16_t>(clamp(resize10(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 2560}});
        output.set_estimates({{0, 1024}, {0, 640}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            dilate9.compute_at(output, y).vectorize(x, 8);
            shift8.compute_at(dilate9, y).vectorize(x, 16);
            blend7.compute_at(shift8, y).vectorize(x, 16);
            blur6_x.compute_root().vectorize(x, 16).parallel(y);
            iir5.compute_root().vectorize(x, 8).parallel(y);
            iir5.update(0).vectorize(x, 16);
            avg4.compute_root().vectorize(x, 8).parallel(y);
            grad3.compute_root().vectorize(x, 8).parallel(y);
            cumsum2.compute_root().vectorize(x, 8).parallel(y);
            cumsum2.update(0).vectorize(x, 8);
            down1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp54, rp_54)
