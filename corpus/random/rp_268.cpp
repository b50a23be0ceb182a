// Random pipeline (seed 268): 12 stages over image2d 3072x1536 float input.
// Steps: boundary, boundary, slice, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp268 : public Generator<Rp268> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, slice2{"slice2"}, pad3{"pad3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y);
        slice2(y) = in1(1583, y);
        pad3(y) = BoundaryConditions::mirror_image(slice2, {{0, 1536}})(y);
        output(x, y) = (pad3(y) + in0(x, y)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 1536}});
        input2.set_estimates({{0, 3072}, {0, 1536}});
        output.set_estimates({{0, 3072}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            pad3.compute_root().parallel(y);
            slice2.compute_root().parallel(y);
            in1.compute_at(slice2, y).vectorize(x, 16);
            in0.compute_at(output, yo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp268, rp_268)
