// Random pipeline (seed 427): 4 stages over image3d 1280x512x3 float input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp427 : public Generator<Rp427> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        output(x, y, c) = in0(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 512}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_at(output, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp427, rp_427)
