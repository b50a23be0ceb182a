// Random pipeline (seed 442): 7 stages over image2d 512x512 uint8 input.
// Steps: boundary, pointwise, stencil, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp442 : public Generator<Rp442> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"}, grad2{"grad2"}, up3{"up3"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        pw1(x, y) = pow(abs((cast<float>(in0(x, y)) * 0.003922f)) + 0.001f, 0.4545f) * gain;
        grad2(x, y) = sqrt((pw1(x + 1, y) - pw1(x - 1, y)) * (pw1(x + 1, y) - pw1(x - 1, y)) + (pw1(x, y + 1) - pw1(x, y - 1)) * (pw1(x, y + 1) - pw1(x, y - 1)));
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y) = lerp(lerp(grad2(x / 2, y / 2), grad2(x / 2 + 1, y / 2), up3_fx), lerp(grad2(x / 2, y / 2 + 1), grad2(x / 2 + 1, y / 2 + 1), up3_fx), up3_fy);
        output(x, y) = cast<uint16_t>(clamp(up3(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 512}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 1024}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            up3.compute_root().vectorize(x, 16).parallel(y);
            grad2.compute_at(up3, y).vectorize(x, 8);
            pw1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp442, rp_442)
