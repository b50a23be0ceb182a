// Random pipeline (seed 30): 18 stages over image2d 640x640 uint8 input.
// Steps: boundary, boundary, binary, gather, pointwise, lut, cast, separable, activation, separable, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp30 : public Generator<Rp30> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, add2{"add2"}, warp3{"warp3"}, pw4{"pw4"}, curve5{"curve5"};
    Func lut6{"lut6"}, cvt7{"cvt7"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"}, act9{"act9"}, blur10_x{"blur10_x"};
    Func blur10_y{"blur10_y"}, blur11_x{"blur11_x"}, blur11_y{"blur11_y"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        add2(x, y) = in1(x, y) / 2 + in0(x, y) / 2;
        Expr warp3_sx = cast<float>(x) + (cast<float>(in1(x, y)) * 0.003922f) * 4.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 638);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        warp3(x, y) = lerp((cast<float>(add2(warp3_ix, y)) * 0.003922f), (cast<float>(add2(warp3_ix + 1, y)) * 0.003922f), warp3_fx);
        pw4(x, y) = warp3(x, y) / (1.0f + abs(warp3(x, y))) * gain;
        curve5(x) = sqrt(cast<float>(x) * 0.003922f);
        lut6(x, y) = curve5(clamp(cast<int32_t>(pw4(x, y) * 255.0f), 0, 255));
        cvt7(x, y) = cast<int16_t>(clamp(lut6(x, y) * 32767.0f, -32768.0f, 32767.0f));
        blur8_x(x, y) = cast<int32_t>(add2(x - 2, y)) + 4 * cast<int32_t>(add2(x - 1, y)) + 6 * cast<int32_t>(add2(x, y)) + 4 * cast<int32_t>(add2(x + 1, y)) + cast<int32_t>(add2(x + 2, y));
        blur8_y(x, y) = cast<uint8_t>((blur8_x(x, y - 2) + 4 * blur8_x(x, y - 1) + 6 * blur8_x(x, y) + 4 * blur8_x(x, y + 1) + blur8_x(x, y + 2)) / 256);
        act9(x, y) = max((cast<float>(blur8_y(x, y)) * 0.003922f) - 0.25f, 0.0f);
        blur10_x(x, y) = (act9(x - 1, y) + 2.0f * act9(x, y) + act9(x + 1, y)) * 0.25f;
        blur10_y(x, y) = (blur10_x(x, y - 1) + 2.0f * blur10_x(x, y) + blur10_x(x, y + 1)) * 0.25f;
        blur11_x(x, y) = cast<int32_t>(cvt7(x - 1, y)) + 3 * cast<int32_t>(cvt7(x, y)) + 3 * cast<int32_t>(cvt7(x + 1, y)) + cast<int32_t>(cvt7(x + 2, y));
        blur11_y(x, y) = cast<int16_t>((blur11_x(x, y - 1) + 3 * blur11_x(x, y) + 3 * blur11_x(x, y + 1) + blur11_x(x, y + 2)) / 64);
        output(x, y) = cast<uint8_t>(clamp(((cast<float>(blur11_y(x, y)) * 0.000031f) + blur10_y(x, y)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 640}});
        input2.set_estimates({{0, 640}, {0, 640}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 640}, {0, 640}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            blur11_y.compute_root().vectorize(x, 16).parallel(y);
            blur11_x.compute_at(blur11_y, y).vectorize(x, 16);
            blur10_y.compute_at(output, yi).vectorize(x, 8);
            blur8_y.compute_root().vectorize(x, 16).parallel(y);
            blur8_x.compute_at(blur8_y, y).vectorize(x, 8);
            lut6.compute_at(blur11_x, y).vectorize(x, 8);
            curve5.compute_root().vectorize(x, 8);
            pw4.compute_at(lut6, y).vectorize(x, 8);
            warp3.compute_at(pw4, y).vectorize(x, 16);
            add2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(add2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp30, rp_30)
