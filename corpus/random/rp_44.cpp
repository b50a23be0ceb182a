// Random pipeline (seed 44): 10 stages over image3d 1920x2048x4 uint16 input.
// Steps: boundary, downsample, activation, all_to_all, separable, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp44 : public Generator<Rp44> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mix3;
    Func in0{"in0"}, down1_x{"down1_x"}, down1_y{"down1_y"}, act2{"act2"}, mix3{"mix3"}, blur4_x{"blur4_x"};
    Func blur4_y{"blur4_y"}, warp5{"warp5"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        down1_x(x, y, c) = ((cast<float>(in0(2 * x - 1, y, c)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x, y, c)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x + 1, y, c)) * 0.000015f) + (cast<float>(in0(2 * x + 2, y, c)) * 0.000015f)) * 0.125f;
        down1_y(x, y, c) = (down1_x(x, 2 * y - 1, c) + 3.0f * down1_x(x, 2 * y, c) + 3.0f * down1_x(x, 2 * y + 1, c) + down1_x(x, 2 * y + 2, c)) * 0.125f;
        act2(x, y, c) = max(down1_y(x, y, c) - 0.25f, 0.0f);
        r_mix3 = RDom(0, 4, "r_mix3");
        mix3(x, y, c) = 0.0f;
        mix3(x, y, c) += act2(x, y, r_mix3.x) * (cast<float>((r_mix3.x + 2 * c) % 7) * 0.1f - 0.3f);
        blur4_x(x, y, c) = (mix3(x - 2, y, c) + 4.0f * mix3(x - 1, y, c) + 6.0f * mix3(x, y, c) + 4.0f * mix3(x + 1, y, c) + mix3(x + 2, y, c)) * 0.0625f;
        blur4_y(x, y, c) = (blur4_x(x, y - 2, c) + 4.0f * blur4_x(x, y - 1, c) + 6.0f * blur4_x(x, y, c) + 4.0f * blur4_x(x, y + 1, c) + blur4_x(x, y + 2, c)) * 0.0625f;
        Expr warp5_sx = cast<float>(x) + blur4_x(x, y, c) * 4.0f;
        Expr warp5_ix = clamp(cast<int32_t>(floor(warp5_sx)), 0, 958);
        Expr warp5_fx = clamp(warp5_sx - cast<float>(warp5_ix), 0.0f, 1.0f);
        warp5(x, y, c) = lerp(blur4_y(warp5_ix, y, c), blur4_y(warp5_ix + 1, y, c), warp5_fx);
        output(x, y, c) = cast<uint16_t>(clamp(warp5(x, y, c) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 2048}, {0, 4}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 960}, {0, 1024}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            warp5.compute_root().vectorize(x, 16).parallel(c);
            mix3.compute_root().vectorize(x, 8).parallel(c);
            mix3.update(0).vectorize(x, 16).unroll(r_mix3.x).parallel(c);
            act2.compute_root().vectorize(x, 16).parallel(c);
            down1_x.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp44, rp_44)
