// Random pipeline (seed 339): 12 stages over tensor3d 56x56x32 float input.
// Steps: boundary, resample, transpose, activation, pointwise, binary, gather, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp339 : public Generator<Rp339> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir7;
    Func in0{"in0"}, resize1{"resize1"}, tr2{"tr2"}, act3{"act3"}, pw4{"pw4"}, mn5{"mn5"};
    Func warp6{"warp6"}, iir7{"iir7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y, c) = lerp(lerp(in0(resize1_ix, resize1_iy, c), in0(resize1_ix + 1, resize1_iy, c), resize1_fx), lerp(in0(resize1_ix, resize1_iy + 1, c), in0(resize1_ix + 1, resize1_iy + 1, c), resize1_fx), resize1_fy);
        tr2(x, y, c) = resize1(y, x, c);
        act3(x, y, c) = 1.0f / (1.0f + exp(-tr2(x, y, c)));
        pw4(x, y, c) = log(abs(act3(x, y, c)) + 1.0f) * gain;
        mn5(x, y, c) = min(pw4(x, y, c), in0(x / 2, y / 2, c));
        Expr warp6_sx = cast<float>(x) + act3(x, y, c) * 4.0f;
        Expr warp6_ix = clamp(cast<int32_t>(floor(warp6_sx)), 0, 110);
        Expr warp6_fx = clamp(warp6_sx - cast<float>(warp6_ix), 0.0f, 1.0f);
        Expr warp6_iy = clamp(cast<int32_t>(floor(cast<float>(y) - act3(x, y, c) * 4.0f)), 0, 111);
        warp6(x, y, c) = lerp(mn5(warp6_ix, warp6_iy, c), mn5(warp6_ix + 1, warp6_iy, c), warp6_fx);
        r_iir7 = RDom(1, 111, "r_iir7");
        iir7(x, y, c) = warp6(x, y, c);
        iir7(r_iir7.x, y, c) = 0.8f * iir7(r_iir7.x - 1, y, c) + 0.2f * iir7(r_iir7.x, y, c);
        output(x, y, c) = iir7(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 32}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 112}, {0, 112}, {0, 32}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            iir7.compute_root().vectorize(x, 8).parallel(c);
            iir7.update(0).vectorize(y, 16).parallel(c);
            warp6.compute_root().vectorize(x, 16).parallel(c);
            pw4.compute_root().vectorize(x, 16).parallel(c);
            tr2.compute_root().vectorize(x, 16).parallel(c);
            resize1.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp339, rp_339)
