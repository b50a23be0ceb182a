// Random pipeline (seed 307): 7 stages over image2d 4096x1920 uint16 input.
// Steps: boundary, resample, activation, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp307 : public Generator<Rp307> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, resize1{"resize1"}, act2{"act2"}, up3{"up3"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y) = lerp(lerp((cast<float>(in0(resize1_ix, resize1_iy)) * 0.000015f), (cast<float>(in0(resize1_ix + 1, resize1_iy)) * 0.000015f), resize1_fx), lerp((cast<float>(in0(resize1_ix, resize1_iy + 1)) * 0.000015f), (cast<float>(in0(resize1_ix + 1, resize1_iy + 1)) * 0.000015f), resize1_fx), resize1_fy);
        act2(x, y) = log(1.0f + exp(resize1(x, y)));
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y) = lerp(lerp((cast<float>(in0(x / 2, y / 2)) * 0.000015f), (cast<float>(in0(x / 2 + 1, y / 2)) * 0.000015f), up3_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1)) * 0.000015f), (cast<float>(in0(x / 2 + 1, y / 2 + 1)) * 0.000015f), up3_fx), up3_fy);
        output(x, y) = cast<int16_t>(clamp((up3(x, y) + act2(x, y)) * 0.5f * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1920}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 8192}, {0, 3840}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            up3.compute_root().vectorize(x, 8).parallel(y);
            act2.compute_at(output, yo).vectorize(x, 16);
            resize1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp307, rp_307)
