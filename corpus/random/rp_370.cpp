// Random pipeline (seed 370): 14 stages over image3d 512x1280x3 uint16 input.
// Steps: boundary, stencil, binary, cast, resample, scan, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp370 : public Generator<Rp370> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_cumsum5, r_conv6;
    Func in0{"in0"}, dilate1{"dilate1"}, mx2{"mx2"}, cvt3{"cvt3"}, resize4_x{"resize4_x"}, resize4_y{"resize4_y"};
    Func cumsum5{"cumsum5"}, conv6{"conv6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        dilate1(x, y, c) = max(max(max(max(in0(x, y, c), in0(x - 1, y, c)), in0(x + 1, y, c)), in0(x, y - 1, c)), in0(x, y + 1, c));
        mx2(x, y, c) = max(dilate1(x, y, c), in0(x, y, c));
        cvt3(x, y, c) = saturating_cast<int32_t>(mx2(x, y, c));
        Expr resize4_x_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize4_x_ix = cast<int32_t>(floor(resize4_x_sx));
        Expr resize4_x_fx = resize4_x_sx - cast<float>(resize4_x_ix);
        resize4_x(x, y, c) = lerp((cast<float>(cvt3(resize4_x_ix, y, c)) * 0.000977f), (cast<float>(cvt3(resize4_x_ix + 1, y, c)) * 0.000977f), resize4_x_fx);
        Expr resize4_y_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize4_y_iy = cast<int32_t>(floor(resize4_y_sy));
        Expr resize4_y_fy = resize4_y_sy - cast<float>(resize4_y_iy);
        resize4_y(x, y, c) = lerp(resize4_x(x, resize4_y_iy, c), resize4_x(x, resize4_y_iy + 1, c), resize4_y_fy);
        r_cumsum5 = RDom(1, 2559, "r_cumsum5");
        cumsum5(x, y, c) = resize4_y(x, y, c);
        cumsum5(x, r_cumsum5.x, c) = cumsum5(x, r_cumsum5.x - 1, c) + cumsum5(x, r_cumsum5.x, c);
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y, c) = 0.0f;
        conv6(x, y, c) += cumsum5(x + r_conv6.x - 1, y + r_conv6.y - 1, c) * w_conv6(r_conv6.x, r_conv6.y);
        output(x, y, c) = cast<uint8_t>(clamp(conv6(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1280}, {0, 3}});
        w_conv6.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1024}, {0, 2560}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            conv6.compute_root().vectorize(x, 16).parallel(y);
            conv6.update(0).vectorize(x, 16).unroll(r_conv6.x);
            cumsum5.compute_root().vectorize(x, 8).parallel(y);
            cumsum5.update(0).vectorize(x, 16);
            resize4_y.compute_root().vectorize(x, 16).parallel(y);
            cvt3.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(cvt3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp370, rp_370)
