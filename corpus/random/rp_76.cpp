// Random pipeline (seed 76): 14 stages over image2d 640x256 int16 input.
// Steps: boundary, pointwise, separable, activation, stencil, lut, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp76 : public Generator<Rp76> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, act3{"act3"}, lap4{"lap4"};
    Func curve5{"curve5"}, lut6{"lut6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        pw1(x, y) = in0(x, y) * 3 / 4;
        blur2_x(x, y) = ((cast<float>(pw1(x - 1, y)) * 0.000031f) + 3.0f * (cast<float>(pw1(x, y)) * 0.000031f) + 3.0f * (cast<float>(pw1(x + 1, y)) * 0.000031f) + (cast<float>(pw1(x + 2, y)) * 0.000031f)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        act3(x, y) = clamp(blur2_y(x, y) * 6.0f, 0.0f, 6.0f);
        lap4(x, y) = act3(x - 1, y) + act3(x + 1, y) + act3(x, y - 1) + act3(x, y + 1) - 4.0f * act3(x, y);
        curve5(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut6(x, y) = curve5(clamp(cast<int32_t>(lap4(x, y) * 255.0f), 0, 255));
        blur7_x(x, y) = (lut6(x - 1, y) + lut6(x, y) + lut6(x + 1, y)) * 0.333333f;
        blur7_y(x, y) = (blur7_x(x, y - 1) + blur7_x(x, y) + blur7_x(x, y + 1)) * 0.333333f;
        output(x, y) = cast<int16_t>(clamp(blur7_y(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 256}});
        output.set_estimates({{0, 640}, {0, 256}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            blur7_y.compute_root().vectorize(x, 8).parallel(y);
            blur7_x.compute_at(blur7_y, y).vectorize(x, 16);
            lut6.compute_at(blur7_x, y).vectorize(x, 8);
            lap4.compute_root().vectorize(x, 16).parallel(y);
            act3.compute_at(lap4, y).vectorize(x, 16);
            blur2_y.compute_at(act3, y).vectorize(x, 16);
            blur2_x.compute_at(blur2_y, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp76, rp_76)
