// Random pipeline (seed 481): 7 stages over image3d 2560x1280x3 uint8 input.
// Steps: boundary, activation, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp481 : public Generator<Rp481> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, act1{"act1"}, pad2{"pad2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        act1(x, y, c) = clamp((cast<float>(in0(x, y, c)) * 0.003922f) * 6.0f, 0.0f, 6.0f);
        pad2(x, y, c) = BoundaryConditions::mirror_interior(act1, {{0, 2560}, {0, 1280}, {0, 3}})(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(pad2(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            pad2.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp481, rp_481)
