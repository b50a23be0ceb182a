// Random pipeline (seed 497): 13 stages over image2d 384x256 int16 input.
// Steps: boundary, boundary, slice, pointwise, activation, lut, separable, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp497 : public Generator<Rp497> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, slice2{"slice2"}, pw3{"pw3"}, act4{"act4"}, curve5{"curve5"};
    Func lut6{"lut6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, resize8{"resize8"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        slice2(y) = in1(153, y);
        pw3(y) = floor((cast<float>(slice2(y)) * 0.000031f) * 8.0f) * 0.125f;
        act4(y) = 1.0f / (1.0f + exp(-pw3(y)));
        curve5(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut6(y) = curve5(clamp(cast<int32_t>(act4(y) * 255.0f), 0, 255));
        blur7_x(x, y) = cast<int32_t>(in0(x - 2, y)) + 4 * cast<int32_t>(in0(x - 1, y)) + 6 * cast<int32_t>(in0(x, y)) + 4 * cast<int32_t>(in0(x + 1, y)) + cast<int32_t>(in0(x + 2, y));
        blur7_y(x, y) = cast<int16_t>((blur7_x(x, y - 2) + 4 * blur7_x(x, y - 1) + 6 * blur7_x(x, y) + 4 * blur7_x(x, y + 1) + blur7_x(x, y + 2)) / 256);
        Expr resize8_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize8_ix = cast<int32_t>(floor(resize8_sx));
        Expr resize8_fx = resize8_sx - cast<float>(resize8_ix);
        Expr resize8_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize8_iy = cast<int32_t>(floor(resize8_sy));
        Expr resize8_fy = resize8_sy - cast<float>(resize8_iy);
        resize8(x, y) = lerp(lerp((cast<float>(blur7_y(resize8_ix, resize8_iy)) * 0.000031f), (cast<float>(blur7_y(resize8_ix + 1, resize8_iy)) * 0.000031f), resize8_fx), lerp((cast<float>(blur7_y(resize8_ix, resize8_iy + 1)) * 0.000031f), (cast<float>(blur7_y(resize8_ix + 1, resize8_iy + 1)) * 0.000031f), resize8_fx), resize8_fy);
        output(x, y) = cast<int16_t>(clamp((resize8(x, y) + lut6(y * 128 / 85)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 256}});
        input2.set_estimates({{0, 384}, {0, 256}});
        output.set_estimates({{0, 256}, {0, 170}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            blur7_y.compute_at(output, xo).vectorize(x, 8);
            blur7_x.compute_at(blur7_y, y).vectorize(x, 8);
            pw3.compute_root().parallel(y);
            in1.compute_at(pw3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp497, rp_497)
