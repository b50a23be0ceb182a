// Random pipeline (seed 237): 9 stages over image3d 2560x640x3 float input.
// Steps: boundary, lut, cast, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp237 : public Generator<Rp237> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, cvt3{"cvt3"}, erode4{"erode4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        curve1(x) = sqrt(cast<float>(x) * 0.000978f);
        lut2(x, y, c) = curve1(clamp(cast<int32_t>(in0(x, y, c) * 1023.0f), 0, 1023));
        cvt3(x, y, c) = cast<int32_t>(lut2(x, y, c) * 1024.0f);
        erode4(x, y, c) = min(min(min(min(cvt3(x, y, c), cvt3(x - 1, y, c)), cvt3(x + 1, y, c)), cvt3(x, y - 1, c)), cvt3(x, y + 1, c));
        output(x, y, c) = (cast<float>(erode4(x, y, c)) * 0.000977f);
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 640}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            curve1.compute_root().vectorize(x, 16);
            in0.compute_at(output, xo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp237, rp_237)
