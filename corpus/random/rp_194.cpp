// Random pipeline (seed 194): 5 stages over image3d 1920x640x3 uint8 input.
// Steps: boundary, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp194 : public Generator<Rp194> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, tr1{"tr1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        tr1(x, y, c) = in0(y, x, c);
        output(x, y, c) = cast<uint8_t>(clamp((cast<float>(tr1(x, y, c)) * 0.003922f) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 640}, {0, 3}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 640}, {0, 1920}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            tr1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp194, rp_194)
