// Random pipeline (seed 230): 8 stages over image3d 2560x2560x3 float input.
// Steps: boundary, binary, histogram, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp230 : public Generator<Rp230> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_hist2;
    Func in0{"in0"}, add1{"add1"}, hist2{"hist2"}, resize3{"resize3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        add1(x, y, c) = in0(x, y, c) + in0(x + 1, y, c);
        r_hist2 = RDom(0, 2560, 0, 2560, 0, 3, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(add1(r_hist2.x, r_hist2.y, r_hist2.z) * 63.0f), 0, 63)) += 1;
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp(add1(resize3_ix, resize3_iy, c), add1(resize3_ix + 1, resize3_iy, c), resize3_fx), lerp(add1(resize3_ix, resize3_iy + 1, c), add1(resize3_ix + 1, resize3_iy + 1, c), resize3_fx), resize3_fy);
        output(x, y, c) = (resize3(x, y, c) + (cast<float>(hist2(x / 50)) * 0.000977f)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 2560}, {0, 3}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 3200}, {0, 3200}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            resize3.compute_at(output, y).vectorize(x, 16);
            hist2.compute_root();
            add1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp230, rp_230)
