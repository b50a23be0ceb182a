// Random pipeline (seed 365): 20 stages over image3d 1024x1280x4 uint8 input.
// Steps: boundary, boundary, upsample, downsample, scan, histogram, pointwise, all_to_all, stencil, resample, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp365 : public Generator<Rp365> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<Buffer<float>> w_mix7{"w_mix7", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_iir4, r_hist5, r_mix7, r_red10;
    Func in0{"in0"}, in1{"in1"}, up2{"up2"}, down3{"down3"}, iir4{"iir4"}, hist5{"hist5"};
    Func pw6{"pw6"}, mix7{"mix7"}, erode8{"erode8"}, resize9{"resize9"}, red10{"red10"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y, c) = lerp(lerp((cast<float>(in0(x / 2, y / 2, c)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2, c)) * 0.003922f), up2_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1, c)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2 + 1, c)) * 0.003922f), up2_fx), up2_fy);
        down3(x, y, c) = (up2(2 * x, 2 * y, c) + up2(2 * x + 1, 2 * y, c) + up2(2 * x, 2 * y + 1, c) + up2(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        r_iir4 = RDom(1, 1279, "r_iir4");
        iir4(x, y, c) = down3(x, y, c);
        iir4(x, r_iir4.x, c) = 0.5f * iir4(x, r_iir4.x - 1, c) + 0.5f * iir4(x, r_iir4.x, c);
        iir4(x, 1279 - r_iir4.x, c) = 0.5f * iir4(x, 1280 - r_iir4.x, c) + 0.5f * iir4(x, 1279 - r_iir4.x, c);
        r_hist5 = RDom(0, 1024, 0, 1280, 0, 4, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(in1(r_hist5.x, r_hist5.y, r_hist5.z)) * 256 / 256, 0, 255)) += 1;
        pw6(x) = pow(abs((cast<float>(hist5(x)) * 0.000977f)) + 0.001f, 0.4545f);
        r_mix7 = RDom(0, 4, "r_mix7");
        mix7(x, y, c) = 0.0f;
        mix7(x, y, c) += iir4(x, y, r_mix7.x) * w_mix7(r_mix7.x, clamp(c, 0, 3));
        erode8(x, y, c) = min(min(min(min(mix7(x, y, c), mix7(x - 1, y, c)), mix7(x + 1, y, c)), mix7(x, y - 1, c)), mix7(x, y + 1, c));
        Expr resize9_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize9_ix = cast<int32_t>(floor(resize9_sx));
        Expr resize9_fx = resize9_sx - cast<float>(resize9_ix);
        Expr resize9_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize9_iy = cast<int32_t>(floor(resize9_sy));
        Expr resize9_fy = resize9_sy - cast<float>(resize9_iy);
        resize9(x, y, c) = lerp(lerp(erode8(resize9_ix, resize9_iy, c), erode8(resize9_ix + 1, resize9_iy, c), resize9_fx), lerp(erode8(resize9_ix, resize9_iy + 1, c), erode8(resize9_ix + 1, resize9_iy + 1, c), resize9_fx), resize9_fy);
        r_red10 = RDom(0, 4, "r_red10");
        red10(x, y) = sum(resize9(x, y, r_red10.x)) * 0.25f;
        output(x, y) = cast<uint8_t>(clamp((red10(x, y) + pw6(x / 8)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1280}, {0, 4}});
        input2.set_estimates({{0, 1024}, {0, 1280}, {0, 4}});
        w_mix7.set_estimates({{0, 4}, {0, 4}});
        output.set_estimates({{0, 2048}, {0, 2560}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            red10.compute_root().vectorize(x, 16).parallel(y);
            resize9.compute_root().vectorize(x, 8).parallel(c);
            erode8.compute_at(resize9, c).vectorize(x, 8);
            mix7.compute_root().vectorize(x, 16).parallel(c);
            mix7.update(0).vectorize(x, 8).unroll(r_mix7.x).parallel(c);
            hist5.compute_root().vectorize(x, 8);
            hist5.update(0).unroll(r_hist5.z);
            iir4.compute_root().vectorize(x, 16).parallel(c);
            iir4.update(0).vectorize(x, 16).parallel(c);
            iir4.update(1).vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp365, rp_365)
