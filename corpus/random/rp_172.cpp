// Random pipeline (seed 172): 12 stages over image2d 1536x384 int16 input.
// Steps: boundary, activation, stencil, separable, downsample, stencil, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp172 : public Generator<Rp172> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, act1{"act1"}, grad2{"grad2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, down4_x{"down4_x"};
    Func down4_y{"down4_y"}, grad5{"grad5"}, up6{"up6"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        act1(x, y) = max(in0(x, y), cast<int16_t>(0));
        grad2(x, y) = sqrt(((cast<float>(act1(x + 1, y)) * 0.000031f) - (cast<float>(act1(x - 1, y)) * 0.000031f)) * ((cast<float>(act1(x + 1, y)) * 0.000031f) - (cast<float>(act1(x - 1, y)) * 0.000031f)) + ((cast<float>(act1(x, y + 1)) * 0.000031f) - (cast<float>(act1(x, y - 1)) * 0.000031f)) * ((cast<float>(act1(x, y + 1)) * 0.000031f) - (cast<float>(act1(x, y - 1)) * 0.000031f)));
        blur3_x(x, y) = (grad2(x - 1, y) + grad2(x, y) + grad2(x + 1, y)) * 0.333333f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + blur3_x(x, y) + blur3_x(x, y + 1)) * 0.333333f;
        down4_x(x, y) = (blur3_y(2 * x - 1, y) + 3.0f * blur3_y(2 * x, y) + 3.0f * blur3_y(2 * x + 1, y) + blur3_y(2 * x + 2, y)) * 0.125f;
        down4_y(x, y) = (down4_x(x, 2 * y - 1) + 3.0f * down4_x(x, 2 * y) + 3.0f * down4_x(x, 2 * y + 1) + down4_x(x, 2 * y + 2)) * 0.125f;
        grad5(x, y) = sqrt((down4_y(x + 1, y) - down4_y(x - 1, y)) * (down4_y(x + 1, y) - down4_y(x - 1, y)) + (down4_y(x, y + 1) - down4_y(x, y - 1)) * (down4_y(x, y + 1) - down4_y(x, y - 1)));
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp(grad5(x / 2, y / 2), grad5(x / 2 + 1, y / 2), up6_fx), lerp(grad5(x / 2, y / 2 + 1), grad5(x / 2 + 1, y / 2 + 1), up6_fx), up6_fy);
        output(x, y) = cast<int16_t>(clamp(up6(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 384}});
        output.set_estimates({{0, 1536}, {0, 384}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            up6.compute_root().vectorize(x, 16).parallel(y);
            grad5.compute_root().vectorize(x, 16).parallel(y);
            down4_y.compute_root().vectorize(x, 8).parallel(y);
            act1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp172, rp_172)
