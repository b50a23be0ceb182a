// Random pipeline (seed 165): 12 stages over tensor3d 32x32x24 uint8 input.
// Steps: boundary, boundary, all_to_all, gather, scan, all_to_all, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp165 : public Generator<Rp165> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mm2{"w_mm2", 2};
    Input<Buffer<float>> w_mm5{"w_mm5", 2};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mm2, r_cumsum4, r_mm5, r_conv6;
    Func in0{"in0"}, in1{"in1"}, mm2{"mm2"}, warp3{"warp3"}, cumsum4{"cumsum4"}, mm5{"mm5"};
    Func conv6{"conv6"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        r_mm2 = RDom(0, 32, "r_mm2");
        mm2(x, y, c) = 0.0f;
        mm2(x, y, c) += (cast<float>(in1(r_mm2.x, y, c)) * 0.003922f) * w_mm2(r_mm2.x, clamp(x, 0, 31));
        Expr warp3_sx = cast<float>(x) + mm2(x, y, c) * 2.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 30);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        Expr warp3_iy = clamp(cast<int32_t>(floor(cast<float>(y) - mm2(x, y, c) * 2.0f)), 0, 31);
        warp3(x, y, c) = lerp((cast<float>(in0(warp3_ix, warp3_iy, c)) * 0.003922f), (cast<float>(in0(warp3_ix + 1, warp3_iy, c)) * 0.003922f), warp3_fx);
        r_cumsum4 = RDom(1, 31, "r_cumsum4");
        cumsum4(x, y, c) = warp3(x, y, c);
        cumsum4(r_cumsum4.x, y, c) = cumsum4(r_cumsum4.x - 1, y, c) + cumsum4(r_cumsum4.x, y, c);
        r_mm5 = RDom(0, 32, "r_mm5");
        mm5(x, y, c) = 0.0f;
        mm5(x, y, c) += cumsum4(r_mm5.x, y, c) * w_mm5(r_mm5.x, clamp(x, 0, 31));
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y, c) = 0.0f;
        conv6(x, y, c) += mm5(x + r_conv6.x - 1, y + r_conv6.y - 1, c) * w_conv6(r_conv6.x, r_conv6.y);
        output(x, y, c) = cast<int16_t>(clamp(conv6(x, y, c) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 24}});
        input2.set_estimates({{0, 32}, {0, 32}, {0, 24}});
        gain.set_estimate(1.0f);
        w_mm2.set_estimates({{0, 32}, {0, 32}});
        w_mm5.set_estimates({{0, 32}, {0, 32}});
        w_conv6.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            conv6.compute_at(output, c).vectorize(x, 8);
            conv6.update(0).vectorize(x, 8).unroll(r_conv6.x);
            mm5.compute_root().vectorize(x, 8).parallel(c);
            mm5.update(0).vectorize(x, 8).parallel(c);
            cumsum4.compute_root().vectorize(x, 8).parallel(c);
            cumsum4.update(0).vectorize(y, 8).parallel(c);
            mm2.compute_root().vectorize(x, 8).parallel(c);
            mm2.update(0).vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp165, rp_165)
