// Random pipeline (seed 47): 18 stages over image2d 4096x1536 int16 input.
// Steps: boundary, boundary, upsample, downsample, binary, binary, upsample, cast, transpose, separable, reduction, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp47 : public Generator<Rp47> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mean10;
    Func in0{"in0"}, pad1{"pad1"}, up2{"up2"}, down3_x{"down3_x"}, down3_y{"down3_y"}, blend4{"blend4"};
    Func mul5{"mul5"}, up6{"up6"}, cvt7{"cvt7"}, tr8{"tr8"}, blur9_x{"blur9_x"}, blur9_y{"blur9_y"};
    Func mean10{"mean10"}, warp11{"warp11"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        pad1(x, y) = BoundaryConditions::repeat_edge(in0, {{0, 4096}, {0, 1536}})(x, y);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y) = lerp(lerp((cast<float>(pad1(x / 2, y / 2)) * 0.000031f), (cast<float>(pad1(x / 2 + 1, y / 2)) * 0.000031f), up2_fx), lerp((cast<float>(pad1(x / 2, y / 2 + 1)) * 0.000031f), (cast<float>(pad1(x / 2 + 1, y / 2 + 1)) * 0.000031f), up2_fx), up2_fy);
        down3_x(x, y) = (up2(2 * x - 1, y) + 3.0f * up2(2 * x, y) + 3.0f * up2(2 * x + 1, y) + up2(2 * x + 2, y)) * 0.125f;
        down3_y(x, y) = (down3_x(x, 2 * y - 1) + 3.0f * down3_x(x, 2 * y) + 3.0f * down3_x(x, 2 * y + 1) + down3_x(x, 2 * y + 2)) * 0.125f;
        blend4(x, y) = lerp(down3_y(x, y), down3_x(x, y * 2), 0.3f);
        mul5(x, y) = blend4(x, y) * down3_y(x, y);
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp(mul5(x / 2, y / 2), mul5(x / 2 + 1, y / 2), up6_fx), lerp(mul5(x / 2, y / 2 + 1), mul5(x / 2 + 1, y / 2 + 1), up6_fx), up6_fy);
        cvt7(x, y) = cast<int16_t>(clamp(up6(x, y) * 32767.0f, -32768.0f, 32767.0f));
        tr8(x, y) = up2(y, x);
        blur9_x(x, y) = (tr8(x - 2, y) + 4.0f * tr8(x - 1, y) + 6.0f * tr8(x, y) + 4.0f * tr8(x + 1, y) + tr8(x + 2, y)) * 0.0625f;
        blur9_y(x, y) = (blur9_x(x, y - 2) + 4.0f * blur9_x(x, y - 1) + 6.0f * blur9_x(x, y) + 4.0f * blur9_x(x, y + 1) + blur9_x(x, y + 2)) * 0.0625f;
        r_mean10 = RDom(0, 3072, "r_mean10");
        mean10(y) = 0.0f;
        mean10(y) += blur9_y(r_mean10.x, y);
        mean10(y) = mean10(y) * 0.000326f;
        Expr warp11_sx = cast<float>(x) + mean10(y * 8 / 3) * 4.0f;
        Expr warp11_ix = clamp(cast<int32_t>(floor(warp11_sx)), 0, 8190);
        Expr warp11_fx = clamp(warp11_sx - cast<float>(warp11_ix), 0.0f, 1.0f);
        warp11(x, y) = lerp((cast<float>(cvt7(warp11_ix, y)) * 0.000031f), (cast<float>(cvt7(warp11_ix + 1, y)) * 0.000031f), warp11_fx);
        output(x, y) = cast<int16_t>(clamp(warp11(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1536}});
        output.set_estimates({{0, 8192}, {0, 3072}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            mean10.compute_root().parallel(y);
            mean10.update(0).vectorize(y, 8);
            mean10.update(1).vectorize(y, 8);
            blur9_y.compute_root().vectorize(x, 8).parallel(y);
            blur9_x.compute_root().vectorize(x, 16).parallel(y);
            tr8.compute_root().vectorize(x, 8).parallel(y);
            cvt7.compute_root().vectorize(x, 16).parallel(y);
            mul5.compute_root().vectorize(x, 16).parallel(y);
            down3_y.compute_at(mul5, y).vectorize(x, 16);
            down3_x.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp47, rp_47)
