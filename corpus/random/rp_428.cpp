// Random pipeline (seed 428): 12 stages over image3d 2048x2048x3 uint8 input.
// Steps: boundary, boundary, stencil, resample, separable, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp428 : public Generator<Rp428> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, erode2{"erode2"}, resize3{"resize3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func up5{"up5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        erode2(x, y, c) = min(min(min(min(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp((cast<float>(in1(resize3_ix, resize3_iy, c)) * 0.003922f), (cast<float>(in1(resize3_ix + 1, resize3_iy, c)) * 0.003922f), resize3_fx), lerp((cast<float>(in1(resize3_ix, resize3_iy + 1, c)) * 0.003922f), (cast<float>(in1(resize3_ix + 1, resize3_iy + 1, c)) * 0.003922f), resize3_fx), resize3_fy);
        blur4_x(x, y, c) = (resize3(x - 1, y, c) + resize3(x, y, c) + resize3(x + 1, y, c)) * 0.333333f;
        blur4_y(x, y, c) = (blur4_x(x, y - 1, c) + blur4_x(x, y, c) + blur4_x(x, y + 1, c)) * 0.333333f;
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y, c) = lerp(lerp((cast<float>(erode2(x / 2, y / 2, c)) * 0.003922f), (cast<float>(erode2(x / 2 + 1, y / 2, c)) * 0.003922f), up5_fx), lerp((cast<float>(erode2(x / 2, y / 2 + 1, c)) * 0.003922f), (cast<float>(erode2(x / 2 + 1, y / 2 + 1, c)) * 0.003922f), up5_fx), up5_fy);
        output(x, y, c) = cast<uint8_t>(clamp((up5(x, y, c) + blur4_y(x * 1365 / 2048, y * 1365 / 2048, c)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2048}, {0, 3}});
        input2.set_estimates({{0, 2048}, {0, 2048}, {0, 3}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 4096}, {0, 4096}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
            blur4_y.compute_at(output, yo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp428, rp_428)
