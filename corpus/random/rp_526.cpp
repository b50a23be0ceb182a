// Random pipeline (seed 526): 7 stages over image3d 512x512x4 uint16 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp526 : public Generator<Rp526> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_interior(input2)(x, y, c);
        output(x, y, c) = ((cast<float>(in1(x, y, c)) * 0.000015f) + (cast<float>(in0(x, y, c)) * 0.000015f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 512}, {0, 4}});
        input2.set_estimates({{0, 512}, {0, 512}, {0, 4}});
        output.set_estimates({{0, 512}, {0, 512}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp526, rp_526)
