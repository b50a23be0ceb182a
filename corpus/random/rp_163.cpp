// Random pipeline (seed 163): 4 stages over image3d 768x1536x4 uint8 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp163 : public Generator<Rp163> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, pad1{"pad1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        pad1(x, y, c) = BoundaryConditions::mirror_interior(in0, {{0, 768}, {0, 1536}, {0, 4}})(x, y, c);
        output(x, y, c) = cast<uint16_t>(clamp((cast<float>(pad1(x, y, c)) * 0.003922f) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1536}, {0, 4}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 768}, {0, 1536}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pad1.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp163, rp_163)
