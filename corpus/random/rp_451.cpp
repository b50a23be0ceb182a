// Random pipeline (seed 451): 17 stages over tensor4d 28x28x32x8 float input.
// Steps: boundary, boundary, boundary, binary, all_to_all, all_to_all, resample, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp451 : public Generator<Rp451> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mix4{"w_mix4", 2};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix4, r_mm5;
    Func in0{"in0"}, in1{"in1"}, pad2{"pad2"}, add3{"add3"}, mix4{"mix4"}, mm5{"mm5"};
    Func resize6{"resize6"}, diff7{"diff7"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::repeat_edge(input2)(x, y, c, n);
        pad2(x, y, c, n) = BoundaryConditions::repeat_edge(in1, {{0, 28}, {0, 28}, {0, 32}, {0, 8}})(x, y, c, n);
        add3(x, y, c, n) = pad2(x, y, c, n) + in0(x, y, c, n);
        r_mix4 = RDom(0, 32, "r_mix4");
        mix4(x, y, c, n) = 0.0f;
        mix4(x, y, c, n) += add3(x, y, r_mix4.x, n) * w_mix4(r_mix4.x, clamp(c, 0, 31));
        r_mm5 = RDom(0, 28, "r_mm5");
        mm5(x, y, c, n) = 0.0f;
        mm5(x, y, c, n) += mix4(r_mm5.x, y, c, n) * (cast<float>((r_mm5.x + 2 * x) % 7) * 0.1f - 0.3f);
        Expr resize6_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize6_ix = cast<int32_t>(floor(resize6_sx));
        Expr resize6_fx = resize6_sx - cast<float>(resize6_ix);
        Expr resize6_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize6_iy = cast<int32_t>(floor(resize6_sy));
        Expr resize6_fy = resize6_sy - cast<float>(resize6_iy);
        resize6(x, y, c, n) = lerp(lerp(mm5(resize6_ix, resize6_iy, c, n), mm5(resize6_ix + 1, resize6_iy, c, n), resize6_fx), lerp(mm5(resize6_ix, resize6_iy + 1, c, n), mm5(resize6_ix + 1, resize6_iy + 1, c, n), resize6_fx), resize6_fy);
        diff7(x, y, c, n) = absd(in0(x, y, c, n), resize6(x * 9 / 14, y * 9 / 14, c, n));
        output(x, y, c, n) = cast<int16_t>(clamp(diff7(x, y, c, n) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 8}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 8}});
        gain.set_estimate(1.25f);
        w_mix4.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            diff7.compute_root().vectorize(x, 8).parallel(n);
            mm5.compute_at(diff7, c).vectorize(x, 8);
            mm5.update(0).vectorize(x, 8);
            mix4.compute_root().vectorize(x, 8).parallel(n);
            mix4.update(0).vectorize(x, 8);
            add3.compute_root().vectorize(x, 8).parallel(n);
            in1.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp451, rp_451)
