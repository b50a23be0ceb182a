// Random pipeline (seed 284): 15 stages over tensor4d 14x14x64x4 int16 input.
// Steps: boundary, all_to_all, gather, all_to_all, pointwise, all_to_all, all_to_all, all_to_all, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp284 : public Generator<Rp284> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<float>> w_mm1{"w_mm1", 2};
    Input<Buffer<float>> w_mix3{"w_mix3", 2};
    Input<Buffer<float>> w_mm5{"w_mm5", 2};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mm1, r_mix3, r_mm5, r_mix6, r_mix7;
    Func in0{"in0"}, mm1{"mm1"}, warp2{"warp2"}, mix3{"mix3"}, pw4{"pw4"}, mm5{"mm5"};
    Func mix6{"mix6"}, mix7{"mix7"}, diff8{"diff8"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        r_mm1 = RDom(0, 14, "r_mm1");
        mm1(x, y, c, n) = 0.0f;
        mm1(x, y, c, n) += (cast<float>(in0(r_mm1.x, y, c, n)) * 0.000031f) * w_mm1(r_mm1.x, clamp(x, 0, 13));
        Expr warp2_sx = cast<float>(x) + (cast<float>(in0(x, y, c, n)) * 0.000031f) * 8.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 12);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y, c, n) = lerp(mm1(warp2_ix, y, c, n), mm1(warp2_ix + 1, y, c, n), warp2_fx);
        r_mix3 = RDom(0, 64, "r_mix3");
        mix3(x, y, c, n) = 0.0f;
        mix3(x, y, c, n) += mm1(x, y, r_mix3.x, n) * w_mix3(r_mix3.x, clamp(c, 0, 63));
        pw4(x, y, c, n) = tanh(mix3(x, y, c, n));
        r_mm5 = RDom(0, 14, "r_mm5");
        mm5(x, y, c, n) = 0.0f;
        mm5(x, y, c, n) += pw4(r_mm5.x, y, c, n) * w_mm5(r_mm5.x, clamp(x, 0, 13));
        r_mix6 = RDom(0, 64, "r_mix6");
        mix6(x, y, c, n) = 0.0f;
        mix6(x, y, c, n) += mm5(x, y, r_mix6.x, n) * (cast<float>((r_mix6.x + 2 * c) % 7) * 0.1f - 0.3f);
        r_mix7 = RDom(0, 64, "r_mix7");
        mix7(x, y, c, n) = 0.0f;
        mix7(x, y, c, n) += mix6(x, y, r_mix7.x, n) * (cast<float>((r_mix7.x + 2 * c) % 7) * 0.1f - 0.3f);
        diff8(x, y, c, n) = absd(mix7(x, y, c, n), warp2(x, y, c, n));
        output(x, y, c, n) = cast<int16_t>(clamp(diff8(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 64}, {0, 4}});
        w_mm1.set_estimates({{0, 14}, {0, 14}});
        w_mix3.set_estimates({{0, 64}, {0, 64}});
        w_mm5.set_estimates({{0, 14}, {0, 14}});
        output.set_estimates({{0, 14}, {0, 14}, {0, 64}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mix7.compute_root().vectorize(x, 8).parallel(n);
            mix7.update(0).vectorize(x, 8).parallel(n);
            mix6.compute_root().vectorize(x, 8).parallel(n);
            mix6.update(0).vectorize(x, 8);
            mm5.compute_root().vectorize(x, 8).parallel(n);
            mm5.update(0).vectorize(x, 8);
            pw4.compute_root().vectorize(x, 8).parallel(n);
            mix3.compute_at(pw4, n).vectorize(x, 8);
            mix3.update(0).vectorize(x, 8);
            warp2.compute_at(output, y).vectorize(x, 8);
            mm1.compute_root().vectorize(x, 8).parallel(n);
            mm1.update(0).vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp284, rp_284)
