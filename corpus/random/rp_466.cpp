// Random pipeline (seed 466): 3 stages over image2d 4096x1536 uint8 input.
// Steps: boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp466 : public Generator<Rp466> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, resize1{"resize1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y) = lerp(lerp((cast<float>(in0(resize1_ix, resize1_iy)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy)) * 0.003922f), resize1_fx), lerp((cast<float>(in0(resize1_ix, resize1_iy + 1)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy + 1)) * 0.003922f), resize1_fx), resize1_fy);
        output(x, y) = cast<uint8_t>(clamp(resize1(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1536}});
        output.set_estimates({{0, 2730}, {0, 1024}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            resize1.compute_at(output, yo).vectorize(x, 8);
            in0.compute_at(resize1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp466, rp_466)
