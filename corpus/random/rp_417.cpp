// Random pipeline (seed 417): 7 stages over image2d 512x256 int16 input.
// Steps: boundary, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp417 : public Generator<Rp417> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        blur1_x(x, y) = ((cast<float>(in0(x - 2, y)) * 0.000031f) + 4.0f * (cast<float>(in0(x - 1, y)) * 0.000031f) + 6.0f * (cast<float>(in0(x, y)) * 0.000031f) + 4.0f * (cast<float>(in0(x + 1, y)) * 0.000031f) + (cast<float>(in0(x + 2, y)) * 0.000031f)) * 0.0625f;
        blur1_y(x, y) = (blur1_x(x, y - 2) + 4.0f * blur1_x(x, y - 1) + 6.0f * blur1_x(x, y) + 4.0f * blur1_x(x, y + 1) + blur1_x(x, y + 2)) * 0.0625f;
        output(x, y) = cast<int16_t>(clamp(blur1_y(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 256}});
        output.set_estimates({{0, 512}, {0, 256}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            blur1_y.compute_root().vectorize(x, 16).parallel(y);
            blur1_x.compute_at(blur1_y, y).vectorize(x, 16);
            in0.compute_at(blur1_x, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp417, rp_417)
