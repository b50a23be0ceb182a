// Random pipeline (seed 143): 6 stages over image3d 384x1536x4 uint8 input.
// Steps: boundary, resample, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp143 : public Generator<Rp143> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, resize1{"resize1"}, blend2{"blend2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y, c) = lerp(lerp((cast<float>(in0(resize1_ix, resize1_iy, c)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy, c)) * 0.003922f), resize1_fx), lerp((cast<float>(in0(resize1_ix, resize1_iy + 1, c)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy + 1, c)) * 0.003922f), resize1_fx), resize1_fy);
        blend2(x, y, c) = lerp((cast<float>(in0(x, y, c)) * 0.003922f), resize1(x * 4 / 3, y * 4 / 3, c), 0.3f);
        output(x, y, c) = cast<uint8_t>(clamp(blend2(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}, {0, 4}});
        output.set_estimates({{0, 384}, {0, 1536}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            resize1.compute_at(output, yi).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp143, rp_143)
