// Random pipeline (seed 187): 4 stages over image3d 1024x1536x3 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp187 : public Generator<Rp187> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp((cast<float>(in0(x, y, c)) * 0.003922f) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1536}, {0, 3}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 1024}, {0, 1536}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            in0.compute_at(output, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp187, rp_187)
