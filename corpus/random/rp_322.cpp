// Random pipeline (seed 322): 13 stages over image3d 512x1280x4 float input.
// Steps: boundary, boundary, cast, reduction, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp322 : public Generator<Rp322> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red3;
    Func in0{"in0"}, pad1{"pad1"}, cvt2{"cvt2"}, red3{"red3"}, cvt4{"cvt4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        pad1(x, y, c) = BoundaryConditions::constant_exterior(in0, 0.0f, {{0, 512}, {0, 1280}, {0, 4}})(x, y, c);
        cvt2(x, y, c) = cast<uint8_t>(clamp(in0(x, y, c) * 255.0f, 0.0f, 255.0f));
        r_red3 = RDom(0, 512, "r_red3");
        red3(y, c) = minimum((cast<float>(cvt2(r_red3.x, y, c)) * 0.003922f));
        cvt4(x, y, c) = cast<uint16_t>(clamp(pad1(x, y, c) * 65535.0f, 0.0f, 65535.0f));
        output(x, y, c) = ((cast<float>(cvt4(x, y, c)) * 0.000015f) + red3(y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1280}, {0, 4}});
        output.set_estimates({{0, 512}, {0, 1280}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            red3.compute_root().parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp322, rp_322)
