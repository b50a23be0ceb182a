// Random pipeline (seed 123): 9 stages over image3d 640x384x3 uint16 input.
// Steps: boundary, boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp123 : public Generator<Rp123> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, pad1{"pad1"}, resize2{"resize2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        pad1(x, y, c) = BoundaryConditions::constant_exterior(in0, cast<uint16_t>(0), {{0, 640}, {0, 384}, {0, 3}})(x, y, c);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y, c) = lerp(lerp((cast<float>(pad1(resize2_ix, resize2_iy, c)) * 0.000015f), (cast<float>(pad1(resize2_ix + 1, resize2_iy, c)) * 0.000015f), resize2_fx), lerp((cast<float>(pad1(resize2_ix, resize2_iy + 1, c)) * 0.000015f), (cast<float>(pad1(resize2_ix + 1, resize2_iy + 1, c)) * 0.000015f), resize2_fx), resize2_fy);
        output(x, y, c) = cast<uint8_t>(clamp(resize2(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 384}, {0, 3}});
        output.set_estimates({{0, 800}, {0, 480}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            resize2.compute_at(output, c).vectorize(x, 8);
            pad1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(pad1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp123, rp_123)
