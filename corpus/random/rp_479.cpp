// Random pipeline (seed 479): 3 stages over image3d 1536x1024x3 uint8 input.
// Steps: boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp479 : public Generator<Rp479> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, up1{"up1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        Expr up1_fx = cast<float>(x % 2) * 0.5f;
        Expr up1_fy = cast<float>(y % 2) * 0.5f;
        up1(x, y, c) = lerp(lerp((cast<float>(in0(x / 2, y / 2, c)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2, c)) * 0.003922f), up1_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1, c)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2 + 1, c)) * 0.003922f), up1_fx), up1_fy);
        output(x, y, c) = cast<uint8_t>(clamp(up1(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 1024}, {0, 3}});
        output.set_estimates({{0, 3072}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            in0.compute_at(output, xo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp479, rp_479)
