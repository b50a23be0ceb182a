// Random pipeline (seed 456): 6 stages over tensor4d 56x56x16x2 uint8 input.
// Steps: boundary, activation, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp456 : public Generator<Rp456> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, act1{"act1"}, warp2{"warp2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        act1(x, y, c, n) = log(1.0f + exp((cast<float>(in0(x, y, c, n)) * 0.003922f)));
        Expr warp2_sx = cast<float>(x) + act1(x, y, c, n) * 2.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 54);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        Expr warp2_iy = clamp(cast<int32_t>(floor(cast<float>(y) - act1(x, y, c, n) * 2.0f)), 0, 55);
        warp2(x, y, c, n) = lerp((cast<float>(in0(warp2_ix, warp2_iy, c, n)) * 0.003922f), (cast<float>(in0(warp2_ix + 1, warp2_iy, c, n)) * 0.003922f), warp2_fx);
        output(x, y, c, n) = cast<uint8_t>(clamp(warp2(x, y, c, n) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 16}, {0, 2}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 16}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            warp2.compute_at(output, c).vectorize(x, 8);
            act1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp456, rp_456)
