// Random pipeline (seed 415): 14 stages over image2d 768x512 uint8 input.
// Steps: boundary, boundary, gather, binary, binary, gather, binary, resample, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp415 : public Generator<Rp415> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_cumsum8;
    Func in0{"in0"}, in1{"in1"}, warp2{"warp2"}, blend3{"blend3"}, mx4{"mx4"}, warp5{"warp5"};
    Func mx6{"mx6"}, resize7_x{"resize7_x"}, resize7_y{"resize7_y"}, cumsum8{"cumsum8"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        Expr warp2_sx = cast<float>(x) + (cast<float>(in0(x, y)) * 0.003922f) * 8.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 766);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y) = lerp((cast<float>(in1(warp2_ix, y)) * 0.003922f), (cast<float>(in1(warp2_ix + 1, y)) * 0.003922f), warp2_fx);
        blend3(x, y) = lerp(warp2(x, y), (cast<float>(in1(x, y)) * 0.003922f), 0.3f);
        mx4(x, y) = max(blend3(x, y), warp2(x, y));
        Expr warp5_sx = cast<float>(x) + blend3(x, y) * 2.0f;
        Expr warp5_ix = clamp(cast<int32_t>(floor(warp5_sx)), 0, 766);
        Expr warp5_fx = clamp(warp5_sx - cast<float>(warp5_ix), 0.0f, 1.0f);
        Expr warp5_iy = clamp(cast<int32_t>(floor(cast<float>(y) - blend3(x, y) * 2.0f)), 0, 511);
        warp5(x, y) = lerp(mx4(warp5_ix, warp5_iy), mx4(warp5_ix + 1, warp5_iy), warp5_fx);
        mx6(x, y) = max(warp5(x, y), blend3(x, y));
        Expr resize7_x_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize7_x_ix = cast<int32_t>(floor(resize7_x_sx));
        Expr resize7_x_fx = resize7_x_sx - cast<float>(resize7_x_ix);
        resize7_x(x, y) = lerp(mx6(resize7_x_ix, y), mx6(resize7_x_ix + 1, y), resize7_x_fx);
        Expr resize7_y_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize7_y_iy = cast<int32_t>(floor(resize7_y_sy));
        Expr resize7_y_fy = resize7_y_sy - cast<float>(resize7_y_iy);
        resize7_y(x, y) = lerp(resize7_x(x, resize7_y_iy), resize7_x(x, resize7_y_iy + 1), resize7_y_fy);
        r_cumsum8 = RDom(1, 1023, "r_cumsum8");
        cumsum8(x, y) = resize7_y(x, y);
        cumsum8(x, r_cumsum8.x) = cumsum8(x, r_cumsum8.x - 1) + cumsum8(x, r_cumsum8.x);
        output(x, y) = cast<uint8_t>(clamp(cumsum8(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 512}});
        input2.set_estimates({{0, 768}, {0, 512}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1536}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            cumsum8.compute_root().vectorize(x, 8).parallel(y);
            cumsum8.update(0).vectorize(x, 8);
            resize7_y.compute_root().vectorize(x, 16).parallel(y);
            resize7_x.compute_at(resize7_y, y).vectorize(x, 8);
            warp5.compute_root().vectorize(x, 8).parallel(y);
            blend3.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp415, rp_415)
