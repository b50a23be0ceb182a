// Random pipeline (seed 229): 19 stages over image2d 1536x512 uint8 input.
// Steps: boundary, boundary, lut, downsample, resample, activation, resample, pointwise, binary, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp229 : public Generator<Rp229> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, curve2{"curve2"}, lut3{"lut3"}, down4{"down4"}, resize5_x{"resize5_x"};
    Func resize5_y{"resize5_y"}, act6{"act6"}, resize7_x{"resize7_x"}, resize7_y{"resize7_y"}, pw8{"pw8"}, add9{"add9"};
    Func pw10{"pw10"}, mul11{"mul11"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        curve2(x) = sqrt(cast<float>(x) * 0.003922f);
        lut3(x, y) = curve2(clamp(cast<int32_t>(in0(x, y)) * 256 / 256, 0, 255));
        down4(x, y) = (lut3(2 * x, 2 * y) + lut3(2 * x + 1, 2 * y) + lut3(2 * x, 2 * y + 1) + lut3(2 * x + 1, 2 * y + 1)) * 0.25f;
        Expr resize5_x_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize5_x_ix = cast<int32_t>(floor(resize5_x_sx));
        Expr resize5_x_fx = resize5_x_sx - cast<float>(resize5_x_ix);
        resize5_x(x, y) = lerp(down4(resize5_x_ix, y), down4(resize5_x_ix + 1, y), resize5_x_fx);
        Expr resize5_y_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize5_y_iy = cast<int32_t>(floor(resize5_y_sy));
        Expr resize5_y_fy = resize5_y_sy - cast<float>(resize5_y_iy);
        resize5_y(x, y) = lerp(resize5_x(x, resize5_y_iy), resize5_x(x, resize5_y_iy + 1), resize5_y_fy);
        act6(x, y) = max(resize5_y(x, y) - 0.25f, 0.0f);
        Expr resize7_x_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize7_x_ix = cast<int32_t>(floor(resize7_x_sx));
        Expr resize7_x_fx = resize7_x_sx - cast<float>(resize7_x_ix);
        resize7_x(x, y) = lerp(act6(resize7_x_ix, y), act6(resize7_x_ix + 1, y), resize7_x_fx);
        Expr resize7_y_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize7_y_iy = cast<int32_t>(floor(resize7_y_sy));
        Expr resize7_y_fy = resize7_y_sy - cast<float>(resize7_y_iy);
        resize7_y(x, y) = lerp(resize7_x(x, resize7_y_iy), resize7_x(x, resize7_y_iy + 1), resize7_y_fy);
        pw8(x, y) = floor(resize7_y(x, y) * 8.0f) * 0.125f;
        add9(x, y) = pw8(x, y) + (cast<float>(in1(x * 12 / 5, y * 512 / 213)) * 0.000015f);
        pw10(x, y) = sin(pw8(x, y)) * 0.5f + 0.5f;
        mul11(x, y) = resize5_y(x, y) * pw10(x * 2 / 3, y * 213 / 320);
        output(x, y) = cast<uint8_t>(clamp((mul11(x, y) + add9(x * 2 / 3, y * 213 / 320)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 512}});
        input2.set_estimates({{0, 1536}, {0, 512}});
        output.set_estimates({{0, 960}, {0, 320}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            mul11.compute_at(output, xo).vectorize(x, 8);
            pw10.compute_at(mul11, y).vectorize(x, 8);
            add9.compute_root().vectorize(x, 8).parallel(y);
            resize7_y.compute_root().vectorize(x, 8).parallel(y);
            resize7_x.compute_root().vectorize(x, 8).parallel(y);
            act6.compute_root().vectorize(x, 16).parallel(y);
            resize5_y.compute_root().vectorize(x, 16).parallel(y);
            resize5_x.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp229, rp_229)
