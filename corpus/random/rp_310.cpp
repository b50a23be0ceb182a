// Random pipeline (seed 310): 17 stages over image3d 2560x3072x3 uint16 input.
// Steps: boundary, pointwise, stencil, separable, histogram, stencil, reduction, slice, lut, transpose, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp310 : public Generator<Rp310> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist4, r_red6;
    Func in0{"in0"}, pw1{"pw1"}, lap2{"lap2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, hist4{"hist4"};
    Func box5{"box5"}, red6{"red6"}, slice7{"slice7"}, lut8{"lut8"}, tr9{"tr9"}, up10{"up10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        pw1(x, y, c) = in0(x, y, c) / 2 + 16;
        lap2(x, y, c) = (cast<float>(pw1(x - 1, y, c)) * 0.000015f) + (cast<float>(pw1(x + 1, y, c)) * 0.000015f) + (cast<float>(pw1(x, y - 1, c)) * 0.000015f) + (cast<float>(pw1(x, y + 1, c)) * 0.000015f) - 4.0f * (cast<float>(pw1(x, y, c)) * 0.000015f);
        blur3_x(x, y, c) = (lap2(x - 1, y, c) + 3.0f * lap2(x, y, c) + 3.0f * lap2(x + 1, y, c) + lap2(x + 2, y, c)) * 0.125f;
        blur3_y(x, y, c) = (blur3_x(x, y - 1, c) + 3.0f * blur3_x(x, y, c) + 3.0f * blur3_x(x, y + 1, c) + blur3_x(x, y + 2, c)) * 0.125f;
        r_hist4 = RDom(0, 2560, 0, 3072, 0, 3, "r_hist4");
        hist4(x) = 0.0f;
        hist4(clamp(cast<int32_t>(blur3_y(r_hist4.x, r_hist4.y, r_hist4.z) * 63.0f), 0, 63)) += blur3_y(r_hist4.x, r_hist4.y, r_hist4.z);
        box5(x) = (hist4(x - 1) + hist4(x) + hist4(x + 1)) * 0.333333f;
        r_red6 = RDom(0, 3, "r_red6");
        red6(x, y) = 0.0f;
        red6(x, y) += blur3_x(x, y, r_red6.x);
        slice7(x) = red6(x, 2523);
        lut8(x) = box5(clamp(cast<int32_t>(slice7(x) * 63.0f), 0, 63));
        tr9(x, y, c) = pw1(y, x, c);
        Expr up10_fx = cast<float>(x % 2) * 0.5f;
        Expr up10_fy = cast<float>(y % 2) * 0.5f;
        up10(x, y) = lerp(lerp(red6(x / 2, y / 2), red6(x / 2 + 1, y / 2), up10_fx), lerp(red6(x / 2, y / 2 + 1), red6(x / 2 + 1, y / 2 + 1), up10_fx), up10_fy);
        output(x, y, c) = cast<uint8_t>(clamp((up10(x, y) + lut8(x / 2) + (cast<float>(tr9(x * 3 / 5, y * 5 / 12, c)) * 0.000015f)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 3072}, {0, 3}});
        output.set_estimates({{0, 5120}, {0, 6144}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            up10.compute_root().vectorize(x, 8).parallel(y);
            tr9.compute_at(output, xo).vectorize(x, 16);
            lut8.compute_at(output, xo).vectorize(x, 16);
            red6.compute_root().vectorize(x, 8).parallel(y);
            red6.update(0).vectorize(x, 16).parallel(y);
            box5.compute_root().vectorize(x, 16);
            hist4.compute_root().vectorize(x, 8);
            hist4.update(0).unroll(r_hist4.z);
            blur3_y.compute_root().vectorize(x, 8).parallel(y);
            blur3_x.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp310, rp_310)
