// Random pipeline (seed 226): 10 stages over tensor4d 28x28x8x4 float input.
// Steps: boundary, activation, activation, pointwise, cast, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp226 : public Generator<Rp226> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, act1{"act1"}, act2{"act2"}, pw3{"pw3"}, cvt4{"cvt4"}, resize5_x{"resize5_x"};
    Func resize5_y{"resize5_y"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        act1(x, y, c, n) = clamp(in0(x, y, c, n) * 6.0f, 0.0f, 6.0f);
        act2(x, y, c, n) = max(act1(x, y, c, n) - 0.25f, 0.0f);
        pw3(x, y, c, n) = floor(act2(x, y, c, n) * 8.0f) * 0.125f;
        cvt4(x, y, c, n) = cast<int16_t>(clamp(pw3(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
        Expr resize5_x_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize5_x_ix = cast<int32_t>(floor(resize5_x_sx));
        Expr resize5_x_fx = resize5_x_sx - cast<float>(resize5_x_ix);
        resize5_x(x, y, c, n) = lerp((cast<float>(cvt4(resize5_x_ix, y, c, n)) * 0.000031f), (cast<float>(cvt4(resize5_x_ix + 1, y, c, n)) * 0.000031f), resize5_x_fx);
        Expr resize5_y_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize5_y_iy = cast<int32_t>(floor(resize5_y_sy));
        Expr resize5_y_fy = resize5_y_sy - cast<float>(resize5_y_iy);
        resize5_y(x, y, c, n) = lerp(resize5_x(x, resize5_y_iy, c, n), resize5_x(x, resize5_y_iy + 1, c, n), resize5_y_fy);
        output(x, y, c, n) = cast<int16_t>(clamp(resize5_y(x, y, c, n) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 8}, {0, 4}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            resize5_y.compute_at(output, c).vectorize(x, 8);
            in0.compute_at(resize5_y, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp226, rp_226)
