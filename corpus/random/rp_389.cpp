// Random pipeline (seed 389): 5 stages over image2d 2560x2560 int16 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp389 : public Generator<Rp389> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, box1{"box1"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        box1(x, y) = ((cast<float>(in0(x - 1, y - 1)) * 0.000031f) + (cast<float>(in0(x, y - 1)) * 0.000031f) + (cast<float>(in0(x + 1, y - 1)) * 0.000031f) + (cast<float>(in0(x - 1, y)) * 0.000031f) + (cast<float>(in0(x, y)) * 0.000031f) + (cast<float>(in0(x + 1, y)) * 0.000031f) + (cast<float>(in0(x - 1, y + 1)) * 0.000031f) + (cast<float>(in0(x, y + 1)) * 0.000031f) + (cast<float>(in0(x + 1, y + 1)) * 0.000031f)) * 0.111111f;
        output(x, y) = cast<int16_t>(clamp(box1(x, y) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 2560}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 2560}, {0, 2560}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            box1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(box1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp389, rp_389)
