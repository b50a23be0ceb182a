// Random pipeline (seed 9): 8 stages over tensor4d 14x14x8x8 float input.
// Steps: boundary, boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp9 : public Generator<Rp9> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, resize2{"resize2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp(in1(resize2_ix, resize2_iy), in1(resize2_ix + 1, resize2_iy), resize2_fx), lerp(in1(resize2_ix, resize2_iy + 1), in1(resize2_ix + 1, resize2_iy + 1), resize2_fx), resize2_fy);
        output(x, y, c, n) = cast<uint8_t>(clamp((resize2(x, y) + in0(x * 14 / 17, y * 14 / 17, c, n)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 8}, {0, 8}});
        input2.set_estimates({{0, 14}, {0, 14}});
        output.set_estimates({{0, 17}, {0, 17}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            resize2.compute_at(output, c).vectorize(x, 8);
            in1.compute_at(resize2, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp9, rp_9)
