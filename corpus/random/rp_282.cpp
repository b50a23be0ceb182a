// Random pipeline (seed 282): 16 stages over image2d 768x256 uint8 input.
// Steps: boundary, boundary, resample, resample, binary, stencil, conv, slice, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp282 : public Generator<Rp282> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_conv6;
    Func in0{"in0"}, pad1{"pad1"}, resize2_x{"resize2_x"}, resize2_y{"resize2_y"}, resize3{"resize3"}, mul4{"mul4"};
    Func box5{"box5"}, conv6{"conv6"}, slice7{"slice7"}, pad8{"pad8"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        pad1(x, y) = BoundaryConditions::mirror_interior(in0, {{0, 768}, {0, 256}})(x, y);
        Expr resize2_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize2_x_ix = cast<int32_t>(floor(resize2_x_sx));
        Expr resize2_x_fx = resize2_x_sx - cast<float>(resize2_x_ix);
        resize2_x(x, y) = lerp((cast<float>(pad1(resize2_x_ix, y)) * 0.003922f), (cast<float>(pad1(resize2_x_ix + 1, y)) * 0.003922f), resize2_x_fx);
        Expr resize2_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize2_y_iy = cast<int32_t>(floor(resize2_y_sy));
        Expr resize2_y_fy = resize2_y_sy - cast<float>(resize2_y_iy);
        resize2_y(x, y) = lerp(resize2_x(x, resize2_y_iy), resize2_x(x, resize2_y_iy + 1), resize2_y_fy);
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y) = lerp(lerp(resize2_y(resize3_ix, resize3_iy), resize2_y(resize3_ix + 1, resize3_iy), resize3_fx), lerp(resize2_y(resize3_ix, resize3_iy + 1), resize2_y(resize3_ix + 1, resize3_iy + 1), resize3_fx), resize3_fy);
        mul4(x, y) = resize3(x, y) * resize2_y(x / 2, y / 2);
        box5(x, y) = (mul4(x - 1, y - 1) + mul4(x, y - 1) + mul4(x + 1, y - 1) + mul4(x - 1, y) + mul4(x, y) + mul4(x + 1, y) + mul4(x - 1, y + 1) + mul4(x, y + 1) + mul4(x + 1, y + 1)) * 0.111111f;
        r_conv6 = RDom(0, 5, 0, 5, "r_conv6");
        conv6(x, y) = 0.0f;
        conv6(x, y) += box5(x + r_conv6.x - 2, y + r_conv6.y - 2) * exp(-cast<float>((r_conv6.x - 2) * (r_conv6.x - 2) + (r_conv6.y - 2) * (r_conv6.y - 2)) * 0.8f);
        slice7(y) = conv6(883, y);
        pad8(y) = BoundaryConditions::mirror_image(slice7, {{0, 682}})(y);
        output(y) = cast<uint8_t>(clamp(pad8(y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 256}});
        output.set_estimates({{0, 682}});

        if (!auto_schedule) {
            output.parallel(y);
            pad8.compute_root().parallel(y);
            conv6.compute_at(pad8, y).vectorize(x, 16);
            conv6.update(0).vectorize(x, 16);
            box5.compute_root().vectorize(x, 16).parallel(y);
            mul4.compute_root().vectorize(x, 16).parallel(y);
            resize2_x.compute_root().vectorize(x, 8).parallel(y);
            pad1.compute_at(resize2_x, y).vectorize(x, 8);
            in0.compute_at(pad1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp282, rp_282)
