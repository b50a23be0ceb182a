// Random pipeline (seed 321): 19 stages over image3d 1536x768x4 uint8 input.
// Steps: boundary, boundary, pointwise, pointwise, resample, upsample, pointwise, downsample, activation, binary, binary, reduction, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp321 : public Generator<Rp321> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mean11;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, pw3{"pw3"}, resize4{"resize4"}, up5_x{"up5_x"};
    Func up5_y{"up5_y"}, pw6{"pw6"}, down7{"down7"}, act8{"act8"}, mul9{"mul9"}, add10{"add10"};
    Func mean11{"mean11"}, slice12{"slice12"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        pw2(x, y) = max(in1(x, y), 8) - 8;
        pw3(x, y) = (cast<float>(pw2(x, y)) * 0.003922f) * (cast<float>(pw2(x, y)) * 0.003922f) * 0.5f - (cast<float>(pw2(x, y)) * 0.003922f);
        Expr resize4_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize4_ix = cast<int32_t>(floor(resize4_sx));
        Expr resize4_fx = resize4_sx - cast<float>(resize4_ix);
        Expr resize4_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize4_iy = cast<int32_t>(floor(resize4_sy));
        Expr resize4_fy = resize4_sy - cast<float>(resize4_iy);
        resize4(x, y) = lerp(lerp(pw3(resize4_ix, resize4_iy), pw3(resize4_ix + 1, resize4_iy), resize4_fx), lerp(pw3(resize4_ix, resize4_iy + 1), pw3(resize4_ix + 1, resize4_iy + 1), resize4_fx), resize4_fy);
        up5_x(x, y) = 0.25f * resize4((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * resize4(x / 2, y);
        up5_y(x, y) = 0.25f * up5_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up5_x(x, y / 2);
        pw6(x, y) = sin(up5_y(x, y)) * 0.5f + 0.5f;
        down7(x, y) = (pw6(2 * x, 2 * y) + pw6(2 * x + 1, 2 * y) + pw6(2 * x, 2 * y + 1) + pw6(2 * x + 1, 2 * y + 1)) * 0.25f;
        act8(x, y) = max(down7(x, y) - 0.25f, 0.0f);
        mul9(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f) * act8(x * 2 / 3, y * 2 / 3);
        add10(x, y, c) = mul9(x, y, c) + up5_y(x * 4 / 3, y * 4 / 3);
        r_mean11 = RDom(0, 768, "r_mean11");
        mean11(x, c) = 0.0f;
        mean11(x, c) += add10(x, r_mean11.x, c);
        mean11(x, c) = mean11(x, c) * 0.001302f;
        slice12(x) = mean11(x, 1);
        output(x) = slice12(x);
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 768}, {0, 4}});
        input2.set_estimates({{0, 1536}, {0, 768}});
        output.set_estimates({{0, 1536}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            mean11.compute_root().vectorize(x, 8).parallel(c);
            mean11.update(0).vectorize(x, 8);
            mean11.update(1).vectorize(x, 8).parallel(c);
            act8.compute_root().vectorize(x, 16).parallel(y);
            pw6.compute_root().vectorize(x, 16).parallel(y);
            up5_y.compute_root().vectorize(x, 16).parallel(y);
            resize4.compute_at(up5_y, y).vectorize(x, 8);
            pw3.compute_at(resize4, y).vectorize(x, 16);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(pw2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp321, rp_321)
