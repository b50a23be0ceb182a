// Random pipeline (seed 400): 11 stages over image2d 2560x640 int16 input.
// Steps: boundary, boundary, resample, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp400 : public Generator<Rp400> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, resize2{"resize2"}, act3{"act3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<int16_t>(0))(x, y);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp((cast<float>(in1(resize2_ix, resize2_iy)) * 0.000031f), (cast<float>(in1(resize2_ix + 1, resize2_iy)) * 0.000031f), resize2_fx), lerp((cast<float>(in1(resize2_ix, resize2_iy + 1)) * 0.000031f), (cast<float>(in1(resize2_ix + 1, resize2_iy + 1)) * 0.000031f), resize2_fx), resize2_fy);
        act3(x, y) = max(resize2(x, y) - 0.25f, 0.0f);
        output(x, y) = cast<int16_t>(clamp((act3(x, y) + (cast<float>(in0(x * 1280 / 853, y * 320 / 213)) * 0.000031f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 640}});
        input2.set_estimates({{0, 2560}, {0, 640}});
        output.set_estimates({{0, 1706}, {0, 426}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            act3.compute_at(output, yo).vectorize(x, 8);
            resize2.compute_at(act3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp400, rp_400)
