// Random pipeline (seed 79): 4 stages over image3d 1024x1920x3 float input.
// Steps: boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp79 : public Generator<Rp79> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        up1_x(x, y, c) = 0.25f * in0((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * in0(x / 2, y, c);
        up1_y(x, y, c) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up1_x(x, y / 2, c);
        output(x, y, c) = up1_y(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1920}, {0, 3}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 2048}, {0, 3840}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            up1_y.compute_root().vectorize(x, 16).parallel(y);
            up1_x.compute_at(up1_y, c).vectorize(x, 16);
            in0.compute_at(up1_x, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp79, rp_79)
