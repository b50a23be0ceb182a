// Random pipeline (seed 121): 9 stages over tensor3d 112x112x24 uint8 input.
// Steps: boundary, reduction, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp121 : public Generator<Rp121> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red1;
    Func in0{"in0"}, red1{"red1"}, pad2{"pad2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        r_red1 = RDom(0, 112, "r_red1");
        red1(y, c) = 0.0f;
        red1(y, c) += (cast<float>(in0(r_red1.x, y, c)) * 0.003922f);
        pad2(x, y, c) = BoundaryConditions::mirror_image(in0, {{0, 112}, {0, 112}, {0, 24}})(x, y, c);
        output(x, y, c) = ((cast<float>(pad2(x, y, c)) * 0.003922f) + red1(y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 24}});
        output.set_estimates({{0, 112}, {0, 112}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pad2.compute_root().vectorize(x, 8).parallel(c);
            red1.compute_root().parallel(c);
            red1.update(0).vectorize(y, 16).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp121, rp_121)
