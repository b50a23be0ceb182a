// Random pipeline (seed 173): 9 stages over image2d 768x768 uint8 input.
// Steps: boundary, boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp173 : public Generator<Rp173> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, resize2{"resize2"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp((cast<float>(in1(resize2_ix, resize2_iy)) * 0.003922f), (cast<float>(in1(resize2_ix + 1, resize2_iy)) * 0.003922f), resize2_fx), lerp((cast<float>(in1(resize2_ix, resize2_iy + 1)) * 0.003922f), (cast<float>(in1(resize2_ix + 1, resize2_iy + 1)) * 0.003922f), resize2_fx), resize2_fy);
        output(x, y) = cast<int16_t>(clamp((resize2(x, y) + (cast<float>(in0(x * 4 / 5, y * 4 / 5)) * 0.003922f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 768}});
        input2.set_estimates({{0, 768}, {0, 768}});
        output.set_estimates({{0, 960}, {0, 960}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp173, rp_173)
