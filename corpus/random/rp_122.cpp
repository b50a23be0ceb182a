// Random pipeline (seed 122): 3 stages over image2d 384x1280 uint8 input.
// Steps: boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp122 : public Generator<Rp122> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, up1{"up1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        Expr up1_fx = cast<float>(x % 2) * 0.5f;
        Expr up1_fy = cast<float>(y % 2) * 0.5f;
        up1(x, y) = lerp(lerp((cast<float>(in0(x / 2, y / 2)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2)) * 0.003922f), up1_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2 + 1)) * 0.003922f), up1_fx), up1_fy);
        output(x, y) = up1(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1280}});
        output.set_estimates({{0, 768}, {0, 2560}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp122, rp_122)
