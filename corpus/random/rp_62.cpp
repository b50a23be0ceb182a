// Random pipeline (seed 62): 9 stages over image3d 1280x768x3 float input.
// Steps: boundary, boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp62 : public Generator<Rp62> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, resize2{"resize2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp((cast<float>(in1(resize2_ix, resize2_iy)) * 0.003922f), (cast<float>(in1(resize2_ix + 1, resize2_iy)) * 0.003922f), resize2_fx), lerp((cast<float>(in1(resize2_ix, resize2_iy + 1)) * 0.003922f), (cast<float>(in1(resize2_ix + 1, resize2_iy + 1)) * 0.003922f), resize2_fx), resize2_fy);
        output(x, y, c) = (resize2(x, y) + in0(x * 2, y * 2, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 768}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 768}});
        output.set_estimates({{0, 640}, {0, 384}, {0, 3}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp62, rp_62)
