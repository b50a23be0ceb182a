// Random pipeline (seed 171): 16 stages over image3d 1536x1920x3 uint8 input.
// Steps: boundary, lut, reduction, binary, stencil, separable, stencil, resample, pointwise, cast, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp171 : public Generator<Rp171> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red3;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, red3{"red3"}, avg4{"avg4"}, grad5{"grad5"};
    Func blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, erode7{"erode7"}, resize8{"resize8"}, pw9{"pw9"}, cvt10{"cvt10"};
    Func down11_x{"down11_x"}, down11_y{"down11_y"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        curve1(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut2(x, y, c) = curve1(clamp(cast<int32_t>(in0(x, y, c)) * 256 / 256, 0, 255));
        r_red3 = RDom(0, 3, "r_red3");
        red3(x, y) = 0.0f;
        red3(x, y) += lut2(x, y, r_red3.x);
        avg4(x, y, c) = (lut2(x, y, c) + red3(x, y)) * 0.5f;
        grad5(x, y, c) = sqrt((avg4(x + 1, y, c) - avg4(x - 1, y, c)) * (avg4(x + 1, y, c) - avg4(x - 1, y, c)) + (avg4(x, y + 1, c) - avg4(x, y - 1, c)) * (avg4(x, y + 1, c) - avg4(x, y - 1, c)));
        blur6_x(x, y, c) = (grad5(x - 1, y, c) + 3.0f * grad5(x, y, c) + 3.0f * grad5(x + 1, y, c) + grad5(x + 2, y, c)) * 0.125f;
        blur6_y(x, y, c) = (blur6_x(x, y - 1, c) + 3.0f * blur6_x(x, y, c) + 3.0f * blur6_x(x, y + 1, c) + blur6_x(x, y + 2, c)) * 0.125f;
        erode7(x, y, c) = min(min(min(min(blur6_y(x, y, c), blur6_y(x - 1, y, c)), blur6_y(x + 1, y, c)), blur6_y(x, y - 1, c)), blur6_y(x, y + 1, c));
        Expr resize8_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize8_ix = cast<int32_t>(floor(resize8_sx));
        Expr resize8_fx = resize8_sx - cast<float>(resize8_ix);
        Expr resize8_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize8_iy = cast<int32_t>(floor(resize8_sy));
        Expr resize8_fy = resize8_sy - cast<float>(resize8_iy);
        resize8(x, y, c) = lerp(lerp(erode7(resize8_ix, resize8_iy, c), erode7(resize8_ix + 1, resize8_iy, c), resize8_fx), lerp(erode7(resize8_ix, resize8_iy + 1, c), erode7(resize8_ix + 1, resize8_iy + 1, c), resize8_fx), resize8_fy);
        pw9(x, y, c) = resize8(x, y, c) * resize8(x, y, c) * 0.5f - resize8(x, y, c);
        cvt10(x, y, c) = cast<int32_t>(pw9(x, y, c) * 1024.0f);
        down11_x(x, y, c) = ((cast<float>(cvt10(2 * x - 1, y, c)) * 0.000977f) + 3.0f * (cast<float>(cvt10(2 * x, y, c)) * 0.000977f) + 3.0f * (cast<float>(cvt10(2 * x + 1, y, c)) * 0.000977f) + (cast<float>(cvt10(2 * x + 2, y, c)) * 0.000977f)) * 0.125f;
        down11_y(x, y, c) = (down11_x(x, 2 * y - 1, c) + 3.0f * down11_x(x, 2 * y, c) + 3.0f * down11_x(x, 2 * y + 1, c) + down11_x(x, 2 * y + 2, c)) * 0.125f;
        output(x, y, c) = cast<uint8_t>(clamp(down11_y(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 1920}, {0, 3}});
        output.set_estimates({{0, 1536}, {0, 1920}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            down11_x.compute_at(output, c).vectorize(x, 8);
            cvt10.compute_root().vectorize(x, 8).parallel(y);
            pw9.compute_at(cvt10, y).vectorize(x, 8);
            avg4.compute_root().vectorize(x, 8).parallel(y);
            red3.compute_root().vectorize(x, 16).parallel(y);
            red3.update(0).vectorize(x, 16).parallel(y);
            lut2.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(lut2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp171, rp_171)
