// Random pipeline (seed 218): 19 stages over image2d 1920x640 float input.
// Steps: boundary, lut, pointwise, pointwise, separable, resample, slice, cast, lut, resample, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp218 : public Generator<Rp218> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, pw3{"pw3"}, pw4{"pw4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, resize6{"resize6"}, slice7{"slice7"}, cvt8{"cvt8"}, curve9{"curve9"}, lut10{"lut10"};
    Func resize11_x{"resize11_x"}, resize11_y{"resize11_y"}, up12{"up12"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        curve1(x) = sqrt(cast<float>(x) * 0.003922f);
        lut2(x, y) = curve1(clamp(cast<int32_t>(in0(x, y) * 255.0f), 0, 255));
        pw3(x, y) = exp(-abs(lut2(x, y)));
        pw4(x, y) = sin(pw3(x, y)) * 0.5f + 0.5f;
        blur5_x(x, y) = (pw4(x - 1, y) + 3.0f * pw4(x, y) + 3.0f * pw4(x + 1, y) + pw4(x + 2, y)) * 0.125f;
        blur5_y(x, y) = (blur5_x(x, y - 1) + 3.0f * blur5_x(x, y) + 3.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.125f;
        Expr resize6_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize6_ix = cast<int32_t>(floor(resize6_sx));
        Expr resize6_fx = resize6_sx - cast<float>(resize6_ix);
        Expr resize6_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize6_iy = cast<int32_t>(floor(resize6_sy));
        Expr resize6_fy = resize6_sy - cast<float>(resize6_iy);
        resize6(x, y) = lerp(lerp(blur5_y(resize6_ix, resize6_iy), blur5_y(resize6_ix + 1, resize6_iy), resize6_fx), lerp(blur5_y(resize6_ix, resize6_iy + 1), blur5_y(resize6_ix + 1, resize6_iy + 1), resize6_fx), resize6_fy);
        slice7(x) = resize6(x, 1013);
        cvt8(x) = cast<int16_t>(clamp(slice7(x) * 32767.0f, -32768.0f, 32767.0f));
        curve9(x) = sqrt(cast<float>(x) * 0.000978f);
        lut10(x) = curve9(clamp(cast<int32_t>(cvt8(x)) / 64 + 512, 0, 1023));
        Expr resize11_x_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize11_x_ix = cast<int32_t>(floor(resize11_x_sx));
        Expr resize11_x_fx = resize11_x_sx - cast<float>(resize11_x_ix);
        resize11_x(x, y) = lerp(resize6(resize11_x_ix, y), resize6(resize11_x_ix + 1, y), resize11_x_fx);
        Expr resize11_y_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize11_y_iy = cast<int32_t>(floor(resize11_y_sy));
        Expr resize11_y_fy = resize11_y_sy - cast<float>(resize11_y_iy);
        resize11_y(x, y) = lerp(resize11_x(x, resize11_y_iy), resize11_x(x, resize11_y_iy + 1), resize11_y_fy);
        Expr up12_fx = cast<float>(x % 2) * 0.5f;
        Expr up12_fy = cast<float>(y % 2) * 0.5f;
        up12(x, y) = lerp(lerp(pw4(x / 2, y / 2), pw4(x / 2 + 1, y / 2), up12_fx), lerp(pw4(x / 2, y / 2 + 1), pw4(x / 2 + 1, y / 2 + 1), up12_fx), up12_fy);
        output(x, y) = (up12(x, y) + lut10(x) + resize11_y(x * 2, y * 2)) * 0.333333f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 640}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 3840}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            up12.compute_at(output, xo).vectorize(x, 16);
            resize11_x.compute_root().vectorize(x, 16).parallel(y);
            cvt8.compute_root().vectorize(x, 16);
            slice7.compute_root().vectorize(x, 16);
            resize6.compute_root().vectorize(x, 8).parallel(y);
            blur5_y.compute_at(resize6, y).vectorize(x, 16);
            blur5_x.compute_root().vectorize(x, 8).parallel(y);
            pw4.compute_root().vectorize(x, 16).parallel(y);
            curve1.compute_root().vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp218, rp_218)
