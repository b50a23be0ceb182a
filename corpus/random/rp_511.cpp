// Random pipeline (seed 511): 16 stages over image3d 1536x1536x4 uint8 input.
// Steps: boundary, downsample, cast, cast, binary, activation, resample, separable, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp511 : public Generator<Rp511> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, down1{"down1"}, cvt2{"cvt2"}, cvt3{"cvt3"}, avg4{"avg4"}, act5{"act5"};
    Func resize6_x{"resize6_x"}, resize6_y{"resize6_y"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, pad8{"pad8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        down1(x, y, c) = ((cast<float>(in0(2 * x, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x, 2 * y + 1, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y + 1, c)) * 0.003922f)) * 0.25f;
        cvt2(x, y, c) = cast<int16_t>(clamp(down1(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
        cvt3(x, y, c) = cast<int32_t>((cast<float>(cvt2(x, y, c)) * 0.000031f) * 1024.0f);
        avg4(x, y, c) = ((cast<float>(cvt3(x, y, c)) * 0.000977f) + (cast<float>(in0(x * 2, y * 2, c)) * 0.003922f)) * 0.5f;
        act5(x, y, c) = log(1.0f + exp(avg4(x, y, c)));
        Expr resize6_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize6_x_ix = cast<int32_t>(floor(resize6_x_sx));
        Expr resize6_x_fx = resize6_x_sx - cast<float>(resize6_x_ix);
        resize6_x(x, y, c) = lerp(act5(resize6_x_ix, y, c), act5(resize6_x_ix + 1, y, c), resize6_x_fx);
        Expr resize6_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize6_y_iy = cast<int32_t>(floor(resize6_y_sy));
        Expr resize6_y_fy = resize6_y_sy - cast<float>(resize6_y_iy);
        resize6_y(x, y, c) = lerp(resize6_x(x, resize6_y_iy, c), resize6_x(x, resize6_y_iy + 1, c), resize6_y_fy);
        blur7_x(x, y, c) = (resize6_y(x - 1, y, c) + 3.0f * resize6_y(x, y, c) + 3.0f * resize6_y(x + 1, y, c) + resize6_y(x + 2, y, c)) * 0.125f;
        blur7_y(x, y, c) = (blur7_x(x, y - 1, c) + 3.0f * blur7_x(x, y, c) + 3.0f * blur7_x(x, y + 1, c) + blur7_x(x, y + 2, c)) * 0.125f;
        pad8(x, y, c) = BoundaryConditions::constant_exterior(blur7_y, 0.0f, {{0, 1024}, {0, 1024}, {0, 4}})(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(pad8(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 1536}, {0, 4}});
        output.set_estimates({{0, 1024}, {0, 1024}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            pad8.compute_root().vectorize(x, 16).parallel(c);
            blur7_y.compute_root().vectorize(x, 16).parallel(c);
            blur7_x.compute_root().vectorize(x, 8).parallel(c);
            resize6_y.compute_root().vectorize(x, 8).parallel(c);
            avg4.compute_root().vectorize(x, 8).parallel(c);
            cvt3.compute_root().vectorize(x, 16).parallel(c);
            cvt2.compute_at(cvt3, c).vectorize(x, 8);
            down1.compute_at(cvt2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp511, rp_511)
