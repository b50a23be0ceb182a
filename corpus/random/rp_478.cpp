// Random pipeline (seed 478): 13 stages over image3d 1024x1280x3 float input.
// Steps: boundary, pointwise, scan, gather, conv, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp478 : public Generator<Rp478> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv4{"w_conv4", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir2, r_conv4, r_mean5;
    Func in0{"in0"}, pw1{"pw1"}, iir2{"iir2"}, warp3{"warp3"}, conv4{"conv4"}, mean5{"mean5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        pw1(x, y, c) = tanh(in0(x, y, c)) * gain;
        r_iir2 = RDom(1, 1279, "r_iir2");
        iir2(x, y, c) = pw1(x, y, c);
        iir2(x, r_iir2.x, c) = 0.7f * iir2(x, r_iir2.x - 1, c) + 0.3f * iir2(x, r_iir2.x, c);
        Expr warp3_sx = cast<float>(x) + pw1(x, y, c) * 8.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 1022);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        warp3(x, y, c) = lerp(iir2(warp3_ix, y, c), iir2(warp3_ix + 1, y, c), warp3_fx);
        r_conv4 = RDom(0, 5, 0, 5, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += warp3(x + r_conv4.x - 2, y + r_conv4.y - 2, c) * w_conv4(r_conv4.x, r_conv4.y);
        r_mean5 = RDom(0, 1280, "r_mean5");
        mean5(x, c) = 0.0f;
        mean5(x, c) += conv4(x, r_mean5.x, c);
        mean5(x, c) = mean5(x, c) * 0.000781f;
        output(x, c) = mean5(x, c);
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1280}, {0, 3}});
        gain.set_estimate(1.0f);
        w_conv4.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(c);
            mean5.compute_root().vectorize(x, 8);
            mean5.update(0).vectorize(x, 16);
            mean5.update(1).vectorize(x, 8);
            conv4.compute_root().vectorize(x, 16).parallel(y);
            conv4.update(0).vectorize(x, 16);
            warp3.compute_root().vectorize(x, 8).parallel(y);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp478, rp_478)
