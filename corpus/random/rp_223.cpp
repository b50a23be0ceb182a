// Random pipeline (seed 223): 13 stages over image3d 384x768x3 uint8 input.
// Steps: boundary, resample, pointwise, gather, reduction, upsample, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp223 : public Generator<Rp223> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mean4;
    Func in0{"in0"}, resize1{"resize1"}, pw2{"pw2"}, warp3{"warp3"}, mean4{"mean4"}, up5{"up5"};
    Func blur6_x{"blur6_x"}, blur6_y{"blur6_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y, c) = lerp(lerp((cast<float>(in0(resize1_ix, resize1_iy, c)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy, c)) * 0.003922f), resize1_fx), lerp((cast<float>(in0(resize1_ix, resize1_iy + 1, c)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy + 1, c)) * 0.003922f), resize1_fx), resize1_fy);
        pw2(x, y, c) = tanh(resize1(x, y, c));
        Expr warp3_sx = cast<float>(x) + resize1(x, y, c) * 8.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 766);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        Expr warp3_iy = clamp(cast<int32_t>(floor(cast<float>(y) - resize1(x, y, c) * 8.0f)), 0, 1535);
        warp3(x, y, c) = lerp(pw2(warp3_ix, warp3_iy, c), pw2(warp3_ix + 1, warp3_iy, c), warp3_fx);
        r_mean4 = RDom(0, 1536, "r_mean4");
        mean4(x, c) = 0.0f;
        mean4(x, c) += warp3(x, r_mean4.x, c);
        mean4(x, c) = mean4(x, c) * 0.000651f;
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y, c) = lerp(lerp(warp3(x / 2, y / 2, c), warp3(x / 2 + 1, y / 2, c), up5_fx), lerp(warp3(x / 2, y / 2 + 1, c), warp3(x / 2 + 1, y / 2 + 1, c), up5_fx), up5_fy);
        blur6_x(x, y, c) = (resize1(x - 2, y, c) + 4.0f * resize1(x - 1, y, c) + 6.0f * resize1(x, y, c) + 4.0f * resize1(x + 1, y, c) + resize1(x + 2, y, c)) * 0.0625f;
        blur6_y(x, y, c) = (blur6_x(x, y - 2, c) + 4.0f * blur6_x(x, y - 1, c) + 6.0f * blur6_x(x, y, c) + 4.0f * blur6_x(x, y + 1, c) + blur6_x(x, y + 2, c)) * 0.0625f;
        output(x, y, c) = cast<uint8_t>(clamp((blur6_y(x, y, c) + mean4(x, c) + up5(x * 2, y * 2, c)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 768}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 1536}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            blur6_y.compute_at(output, y).vectorize(x, 8);
            up5.compute_root().vectorize(x, 16).parallel(y);
            mean4.compute_root().vectorize(x, 8);
            mean4.update(0).vectorize(x, 16);
            mean4.update(1).vectorize(x, 8);
            warp3.compute_root().vectorize(x, 8).parallel(y);
            pw2.compute_root().vectorize(x, 8).parallel(y);
            resize1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp223, rp_223)
