// Random pipeline (seed 234): 19 stages over image2d 512x1920 int16 input.
// Steps: boundary, resample, resample, boundary, upsample, activation, pointwise, upsample, binary, separable, downsample, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp234 : public Generator<Rp234> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, resize1{"resize1"}, resize2{"resize2"}, pad3{"pad3"}, up4{"up4"}, act5{"act5"};
    Func pw6{"pw6"}, up7_x{"up7_x"}, up7_y{"up7_y"}, add8{"add8"}, blur9_x{"blur9_x"}, blur9_y{"blur9_y"};
    Func down10_x{"down10_x"}, down10_y{"down10_y"}, pw11{"pw11"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y) = lerp(lerp((cast<float>(in0(resize1_ix, resize1_iy)) * 0.000031f), (cast<float>(in0(resize1_ix + 1, resize1_iy)) * 0.000031f), resize1_fx), lerp((cast<float>(in0(resize1_ix, resize1_iy + 1)) * 0.000031f), (cast<float>(in0(resize1_ix + 1, resize1_iy + 1)) * 0.000031f), resize1_fx), resize1_fy);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp(resize1(resize2_ix, resize2_iy), resize1(resize2_ix + 1, resize2_iy), resize2_fx), lerp(resize1(resize2_ix, resize2_iy + 1), resize1(resize2_ix + 1, resize2_iy + 1), resize2_fx), resize2_fy);
        pad3(x, y) = BoundaryConditions::repeat_edge(in0, {{0, 512}, {0, 1920}})(x, y);
        Expr up4_fx = cast<float>(x % 2) * 0.5f;
        Expr up4_fy = cast<float>(y % 2) * 0.5f;
        up4(x, y) = lerp(lerp((cast<float>(pad3(x / 2, y / 2)) * 0.000031f), (cast<float>(pad3(x / 2 + 1, y / 2)) * 0.000031f), up4_fx), lerp((cast<float>(pad3(x / 2, y / 2 + 1)) * 0.000031f), (cast<float>(pad3(x / 2 + 1, y / 2 + 1)) * 0.000031f), up4_fx), up4_fy);
        act5(x, y) = 1.0f / (1.0f + exp(-up4(x, y)));
        pw6(x, y) = sqrt(abs(act5(x, y)) + 1.0f);
        up7_x(x, y) = 0.25f * pw6((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * pw6(x / 2, y);
        up7_y(x, y) = 0.25f * up7_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up7_x(x, y / 2);
        add8(x, y) = up7_y(x, y) + resize2(x / 16, y / 16);
        blur9_x(x, y) = (add8(x - 1, y) + 2.0f * add8(x, y) + add8(x + 1, y)) * 0.25f;
        blur9_y(x, y) = (blur9_x(x, y - 1) + 2.0f * blur9_x(x, y) + blur9_x(x, y + 1)) * 0.25f;
        down10_x(x, y) = (blur9_y(2 * x - 1, y) + 3.0f * blur9_y(2 * x, y) + 3.0f * blur9_y(2 * x + 1, y) + blur9_y(2 * x + 2, y)) * 0.125f;
        down10_y(x, y) = (down10_x(x, 2 * y - 1) + 3.0f * down10_x(x, 2 * y) + 3.0f * down10_x(x, 2 * y + 1) + down10_x(x, 2 * y + 2)) * 0.125f;
        pw11(x, y) = sin(down10_y(x, y)) * 0.5f + 0.5f;
        output(x, y) = cast<int16_t>(clamp(pw11(x, y) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1920}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1024}, {0, 3840}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            down10_y.compute_root().vectorize(x, 16).parallel(y);
            down10_x.compute_root().vectorize(x, 8).parallel(y);
            blur9_y.compute_root().vectorize(x, 16).parallel(y);
            add8.compute_root().vectorize(x, 16).parallel(y);
            act5.compute_at(add8, y).vectorize(x, 8);
            resize1.compute_at(add8, y).vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp234, rp_234)
