// Random pipeline (seed 421): 12 stages over image3d 384x1536x3 uint8 input.
// Steps: boundary, boundary, activation, activation, gather, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp421 : public Generator<Rp421> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, act2{"act2"}, act3{"act3"}, warp4{"warp4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_interior(input2)(x, y, c);
        act2(x, y, c) = max((cast<float>(in1(x, y, c)) * 0.003922f) - 0.25f, 0.0f);
        act3(x, y, c) = select(act2(x, y, c) > 0.0f, act2(x, y, c), act2(x, y, c) * 0.1f);
        Expr warp4_sx = cast<float>(x) + (cast<float>(in0(x, y, c)) * 0.003922f) * 2.0f;
        Expr warp4_ix = clamp(cast<int32_t>(floor(warp4_sx)), 0, 382);
        Expr warp4_fx = clamp(warp4_sx - cast<float>(warp4_ix), 0.0f, 1.0f);
        warp4(x, y, c) = lerp(act3(warp4_ix, y, c), act3(warp4_ix + 1, y, c), warp4_fx);
        blur5_x(x, y, c) = (warp4(x - 2, y, c) + 4.0f * warp4(x - 1, y, c) + 6.0f * warp4(x, y, c) + 4.0f * warp4(x + 1, y, c) + warp4(x + 2, y, c)) * 0.0625f;
        blur5_y(x, y, c) = (blur5_x(x, y - 2, c) + 4.0f * blur5_x(x, y - 1, c) + 6.0f * blur5_x(x, y, c) + 4.0f * blur5_x(x, y + 1, c) + blur5_x(x, y + 2, c)) * 0.0625f;
        output(x, y, c) = cast<uint16_t>(clamp(blur5_y(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}, {0, 3}});
        input2.set_estimates({{0, 384}, {0, 1536}, {0, 3}});
        output.set_estimates({{0, 384}, {0, 1536}, {0, 3}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            blur5_y.compute_root().vectorize(x, 8).parallel(y);
            blur5_x.compute_at(blur5_y, y).vectorize(x, 8);
            act2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp421, rp_421)
