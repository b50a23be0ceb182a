// Random pipeline (seed 215): 6 stages over image2d 768x256 uint8 input.
// Steps: boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp215 : public Generator<Rp215> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, resize1{"resize1"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y) = lerp(lerp((cast<float>(in0(resize1_ix, resize1_iy)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy)) * 0.003922f), resize1_fx), lerp((cast<float>(in0(resize1_ix, resize1_iy + 1)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy + 1)) * 0.003922f), resize1_fx), resize1_fy);
        output(x, y) = cast<int16_t>(clamp(resize1(x, y) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 256}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1024}, {0, 341}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            resize1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp215, rp_215)
