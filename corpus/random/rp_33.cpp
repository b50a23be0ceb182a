// Random pipeline (seed 33): 6 stages over image2d 512x384 uint16 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp33 : public Generator<Rp33> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        output(x, y) = cast<uint8_t>(clamp(((cast<float>(in1(x, y)) * 0.000015f) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 384}});
        input2.set_estimates({{0, 512}, {0, 384}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 512}, {0, 384}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp33, rp_33)
