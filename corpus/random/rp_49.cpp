// Random pipeline (seed 49): 16 stages over image2d 2560x3072 uint16 input.
// Steps: boundary, boundary, pointwise, gather, separable, pointwise, stencil, downsample, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp49 : public Generator<Rp49> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, warp3{"warp3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func pw5{"pw5"}, lap6{"lap6"}, down7_x{"down7_x"}, down7_y{"down7_y"}, dilate8{"dilate8"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        pw2(x, y) = (cast<float>(in1(x, y)) * 0.000031f) / (1.0f + abs((cast<float>(in1(x, y)) * 0.000031f)));
        Expr warp3_sx = cast<float>(x) + (cast<float>(in0(x, y)) * 0.000015f) * 4.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 2558);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        Expr warp3_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(in0(x, y)) * 0.000015f) * 4.0f)), 0, 3071);
        warp3(x, y) = lerp(pw2(warp3_ix, warp3_iy), pw2(warp3_ix + 1, warp3_iy), warp3_fx);
        blur4_x(x, y) = (warp3(x - 1, y) + 3.0f * warp3(x, y) + 3.0f * warp3(x + 1, y) + warp3(x + 2, y)) * 0.125f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + 3.0f * blur4_x(x, y) + 3.0f * blur4_x(x, y + 1) + blur4_x(x, y + 2)) * 0.125f;
        pw5(x, y) = exp(-abs(blur4_y(x, y)));
        lap6(x, y) = pw5(x - 1, y) + pw5(x + 1, y) + pw5(x, y - 1) + pw5(x, y + 1) - 4.0f * pw5(x, y);
        down7_x(x, y) = (lap6(2 * x - 1, y) + 3.0f * lap6(2 * x, y) + 3.0f * lap6(2 * x + 1, y) + lap6(2 * x + 2, y)) * 0.125f;
        down7_y(x, y) = (down7_x(x, 2 * y - 1) + 3.0f * down7_x(x, 2 * y) + 3.0f * down7_x(x, 2 * y + 1) + down7_x(x, 2 * y + 2)) * 0.125f;
        dilate8(x, y) = max(max(max(max(down7_y(x, y), down7_y(x - 1, y)), down7_y(x + 1, y)), down7_y(x, y - 1)), down7_y(x, y + 1));
        output(x, y) = cast<uint16_t>(clamp(dilate8(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 3072}});
        input2.set_estimates({{0, 2560}, {0, 3072}});
        output.set_estimates({{0, 1280}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            dilate8.compute_at(output, xo).vectorize(x, 16);
            pw5.compute_root().vectorize(x, 8).parallel(y);
            blur4_y.compute_at(pw5, y).vectorize(x, 8);
            blur4_x.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp49, rp_49)
