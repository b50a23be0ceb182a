// Random pipeline (seed 265): 9 stages over tensor3d 28x28x32 uint8 input.
// Steps: boundary, scan, pointwise, activation, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp265 : public Generator<Rp265> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_cumsum1;
    Func in0{"in0"}, cumsum1{"cumsum1"}, pw2{"pw2"}, act3{"act3"}, warp4{"warp4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        r_cumsum1 = RDom(1, 27, "r_cumsum1");
        cumsum1(x, y, c) = cast<int32_t>(in0(x, y, c));
        cumsum1(x, r_cumsum1.x, c) = cumsum1(x, r_cumsum1.x - 1, c) + cumsum1(x, r_cumsum1.x, c);
        pw2(x, y, c) = min(cumsum1(x, y, c), 100);
        act3(x, y, c) = max((cast<float>(pw2(x, y, c)) * 0.000977f) - 0.25f, 0.0f);
        Expr warp4_sx = cast<float>(x) + (cast<float>(cumsum1(x, y, c)) * 0.000977f) * 4.0f;
        Expr warp4_ix = clamp(cast<int32_t>(floor(warp4_sx)), 0, 26);
        Expr warp4_fx = clamp(warp4_sx - cast<float>(warp4_ix), 0.0f, 1.0f);
        Expr warp4_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(cumsum1(x, y, c)) * 0.000977f) * 4.0f)), 0, 27);
        warp4(x, y, c) = lerp(act3(warp4_ix, warp4_iy, c), act3(warp4_ix + 1, warp4_iy, c), warp4_fx);
        output(x, y, c) = cast<uint8_t>(clamp(warp4(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            pw2.compute_root().vectorize(x, 8).parallel(c);
            cumsum1.compute_root().vectorize(x, 8).parallel(c);
            cumsum1.update(0).vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp265, rp_265)
