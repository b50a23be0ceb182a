// Random pipeline (seed 250): 14 stages over image2d 384x640 uint16 input.
// Steps: boundary, binary, reduction, transpose, pointwise, resample, lut, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp250 : public Generator<Rp250> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_red2;
    Func in0{"in0"}, diff1{"diff1"}, red2{"red2"}, tr3{"tr3"}, pw4{"pw4"}, resize5_x{"resize5_x"};
    Func resize5_y{"resize5_y"}, lut6{"lut6"}, cvt7{"cvt7"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        diff1(x, y) = absd((cast<float>(in0(x, y)) * 0.000015f), (cast<float>(in0(x + 1, y)) * 0.000015f));
        r_red2 = RDom(0, 640, "r_red2");
        red2(x) = 0.0f;
        red2(x) += diff1(x, r_red2.x);
        tr3(x, y) = diff1(y, x);
        pw4(x, y) = floor(tr3(x, y) * 8.0f) * 0.125f;
        Expr resize5_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_x_ix = cast<int32_t>(floor(resize5_x_sx));
        Expr resize5_x_fx = resize5_x_sx - cast<float>(resize5_x_ix);
        resize5_x(x, y) = lerp(pw4(resize5_x_ix, y), pw4(resize5_x_ix + 1, y), resize5_x_fx);
        Expr resize5_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_y_iy = cast<int32_t>(floor(resize5_y_sy));
        Expr resize5_y_fy = resize5_y_sy - cast<float>(resize5_y_iy);
        resize5_y(x, y) = lerp(resize5_x(x, resize5_y_iy), resize5_x(x, resize5_y_iy + 1), resize5_y_fy);
        lut6(x, y) = red2(clamp(cast<int32_t>(resize5_y(x, y) * 383.0f), 0, 383));
        cvt7(x, y) = cast<int16_t>(clamp(lut6(x, y) * 32767.0f, -32768.0f, 32767.0f));
        output(x, y) = cast<uint16_t>(clamp((cast<float>(cvt7(x, y)) * 0.000031f) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 640}});
        output.set_estimates({{0, 853}, {0, 512}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            cvt7.compute_at(output, y).vectorize(x, 8);
            lut6.compute_at(cvt7, y).vectorize(x, 16);
            resize5_y.compute_at(lut6, y).vectorize(x, 8);
            resize5_x.compute_at(resize5_y, y).vectorize(x, 16);
            pw4.compute_at(resize5_x, y).vectorize(x, 16);
            tr3.compute_root().vectorize(x, 16).parallel(y);
            red2.compute_root().vectorize(x, 16);
            red2.update(0).vectorize(x, 8);
            diff1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp250, rp_250)
