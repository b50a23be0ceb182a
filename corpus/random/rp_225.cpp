// Random pipeline (seed 225): 19 stages over image3d 2048x1536x4 uint8 input.
// Steps: boundary, stencil, activation, reduction, cast, binary, pointwise, resample, separable, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp225 : public Generator<Rp225> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_conv9{"w_conv9", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_red3, r_conv9;
    Func in0{"in0"}, erode1{"erode1"}, act2{"act2"}, red3{"red3"}, cvt4{"cvt4"}, mx5{"mx5"};
    Func pw6{"pw6"}, resize7_x{"resize7_x"}, resize7_y{"resize7_y"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"}, conv9{"conv9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        erode1(x, y, c) = min(min(min(min(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        act2(x, y, c) = max(erode1(x, y, c), cast<uint8_t>(0));
        r_red3 = RDom(0, 4, "r_red3");
        red3(x, y) = sum((cast<float>(act2(x, y, r_red3.x)) * 0.003922f)) * 0.25f;
        cvt4(x, y) = cast<uint8_t>(clamp(red3(x, y) * 255.0f, 0.0f, 255.0f));
        mx5(x, y) = max((cast<float>(cvt4(x, y)) * 0.003922f), red3(x, y));
        pw6(x, y) = floor(mx5(x, y) * 8.0f) * 0.125f;
        Expr resize7_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize7_x_ix = cast<int32_t>(floor(resize7_x_sx));
        Expr resize7_x_fx = resize7_x_sx - cast<float>(resize7_x_ix);
        resize7_x(x, y) = lerp(pw6(resize7_x_ix, y), pw6(resize7_x_ix + 1, y), resize7_x_fx);
        Expr resize7_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize7_y_iy = cast<int32_t>(floor(resize7_y_sy));
        Expr resize7_y_fy = resize7_y_sy - cast<float>(resize7_y_iy);
        resize7_y(x, y) = lerp(resize7_x(x, resize7_y_iy), resize7_x(x, resize7_y_iy + 1), resize7_y_fy);
        blur8_x(x, y) = (resize7_y(x - 1, y) + resize7_y(x, y) + resize7_y(x + 1, y)) * 0.333333f;
        blur8_y(x, y) = (blur8_x(x, y - 1) + blur8_x(x, y) + blur8_x(x, y + 1)) * 0.333333f;
        r_conv9 = RDom(0, 3, 0, 3, "r_conv9");
        conv9(x, y) = 0.0f;
        conv9(x, y) += blur8_y(x + r_conv9.x - 1, y + r_conv9.y - 1) * w_conv9(r_conv9.x, r_conv9.y);
        output(x, y) = cast<uint8_t>(clamp(conv9(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1536}, {0, 4}});
        w_conv9.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1638}, {0, 1228}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            conv9.compute_root().vectorize(x, 8).parallel(y);
            conv9.update(0).vectorize(x, 8).parallel(y);
            resize7_y.compute_root().vectorize(x, 16).parallel(y);
            resize7_x.compute_at(resize7_y, y).vectorize(x, 16);
            pw6.compute_root().vectorize(x, 16).parallel(y);
            red3.compute_root().vectorize(x, 16).parallel(y);
            act2.compute_root().vectorize(x, 16).parallel(c);
            erode1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_at(erode1, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp225, rp_225)
