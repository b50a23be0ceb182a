// Random pipeline (seed 373): 4 stages over image2d 4096x1280 uint8 input.
// Steps: boundary, cast, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp373 : public Generator<Rp373> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, cvt1{"cvt1"}, resize2{"resize2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        cvt1(x, y) = saturating_cast<int16_t>(in0(x, y));
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp((cast<float>(cvt1(resize2_ix, resize2_iy)) * 0.000031f), (cast<float>(cvt1(resize2_ix + 1, resize2_iy)) * 0.000031f), resize2_fx), lerp((cast<float>(cvt1(resize2_ix, resize2_iy + 1)) * 0.000031f), (cast<float>(cvt1(resize2_ix + 1, resize2_iy + 1)) * 0.000031f), resize2_fx), resize2_fy);
        output(x, y) = cast<uint8_t>(clamp(resize2(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1280}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 8192}, {0, 2560}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            resize2.compute_root().vectorize(x, 8).parallel(y);
            cvt1.compute_at(resize2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp373, rp_373)
