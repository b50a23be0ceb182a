// Random pipeline (seed 512): 8 stages over image2d 1024x512 uint16 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp512 : public Generator<Rp512> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        output(x, y) = cast<uint16_t>(clamp(((cast<float>(in1(x, y)) * 0.000031f) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 512}});
        input2.set_estimates({{0, 1024}, {0, 512}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 1024}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(output, yo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp512, rp_512)
