// Random pipeline (seed 19): 11 stages over tensor4d 28x28x64x2 float input.
// Steps: boundary, boundary, cast, gather, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp19 : public Generator<Rp19> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"}, warp3{"warp3"}, act4{"act4"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y);
        cvt2(x, y) = cast<uint8_t>(clamp(in1(x, y) * 255.0f, 0.0f, 255.0f));
        Expr warp3_sx = cast<float>(x) + (cast<float>(cvt2(x, y)) * 0.003922f) * 2.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 26);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        Expr warp3_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(cvt2(x, y)) * 0.003922f) * 2.0f)), 0, 27);
        warp3(x, y, c, n) = lerp(in0(warp3_ix, warp3_iy, c, n), in0(warp3_ix + 1, warp3_iy, c, n), warp3_fx);
        act4(x, y, c, n) = select(warp3(x, y, c, n) > 0.0f, warp3(x, y, c, n), warp3(x, y, c, n) * 0.1f);
        output(x, y, c, n) = cast<uint8_t>(clamp(act4(x, y, c, n) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 2}});
        input2.set_estimates({{0, 28}, {0, 28}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            warp3.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp19, rp_19)
