// Random pipeline (seed 90): 9 stages over tensor3d 64x64x32 float input.
// Steps: boundary, boundary, downsample, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp90 : public Generator<Rp90> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, down2{"down2"}, warp3{"warp3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        down2(x, y, c) = (in1(2 * x, 2 * y, c) + in1(2 * x + 1, 2 * y, c) + in1(2 * x, 2 * y + 1, c) + in1(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        Expr warp3_sx = cast<float>(x) + in0(x * 2, y * 2, c) * 8.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 30);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        Expr warp3_iy = clamp(cast<int32_t>(floor(cast<float>(y) - in0(x * 2, y * 2, c) * 8.0f)), 0, 31);
        warp3(x, y, c) = lerp(down2(warp3_ix, warp3_iy, c), down2(warp3_ix + 1, warp3_iy, c), warp3_fx);
        output(x, y, c) = warp3(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 32}});
        input2.set_estimates({{0, 64}, {0, 64}, {0, 32}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            warp3.compute_at(output, y).vectorize(x, 8);
            down2.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp90, rp_90)
