// Random pipeline (seed 158): 5 stages over image2d 768x640 float input.
// Steps: boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp158 : public Generator<Rp158> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, resize1{"resize1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y) = lerp(lerp(in0(resize1_ix, resize1_iy), in0(resize1_ix + 1, resize1_iy), resize1_fx), lerp(in0(resize1_ix, resize1_iy + 1), in0(resize1_ix + 1, resize1_iy + 1), resize1_fx), resize1_fy);
        output(x, y) = resize1(x, y) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 640}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 1024}, {0, 853}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp158, rp_158)
