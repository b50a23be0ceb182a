// Random pipeline (seed 458): 15 stages over image2d 256x384 float input.
// Steps: boundary, scan, gather, conv, reduction, slice, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp458 : public Generator<Rp458> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_cumsum1, r_conv3, r_mean4;
    Func in0{"in0"}, cumsum1{"cumsum1"}, warp2{"warp2"}, conv3{"conv3"}, mean4{"mean4"}, slice5{"slice5"};
    Func tr6{"tr6"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        r_cumsum1 = RDom(1, 383, "r_cumsum1");
        cumsum1(x, y) = in0(x, y);
        cumsum1(x, r_cumsum1.x) = cumsum1(x, r_cumsum1.x - 1) + cumsum1(x, r_cumsum1.x);
        Expr warp2_sx = cast<float>(x) + in0(x, y) * 8.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 254);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y) = lerp(cumsum1(warp2_ix, y), cumsum1(warp2_ix + 1, y), warp2_fx);
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += warp2(x + r_conv3.x - 1, y + r_conv3.y - 1) * w_conv3(r_conv3.x, r_conv3.y);
        r_mean4 = RDom(0, 384, "r_mean4");
        mean4(x) = 0.0f;
        mean4(x) += conv3(x, r_mean4.x);
        mean4(x) = mean4(x) * 0.002604f;
        slice5(x) = cumsum1(x, 28);
        tr6(x, y) = conv3(y, x);
        output(x, y) = (tr6(x, y) + mean4(x * 2 / 3) + slice5(x * 2 / 3)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 384}});
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 384}, {0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            slice5.compute_at(output, y).vectorize(x, 8);
            mean4.compute_root().vectorize(x, 16);
            mean4.update(0).vectorize(x, 16);
            mean4.update(1).vectorize(x, 8);
            conv3.compute_root().vectorize(x, 16).parallel(y);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x).parallel(y);
            warp2.compute_root().vectorize(x, 8).parallel(y);
            cumsum1.compute_root().vectorize(x, 16).parallel(y);
            cumsum1.update(0).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp458, rp_458)
