// Random pipeline (seed 22): 20 stages over image3d 1536x3072x3 uint8 input.
// Steps: boundary, reduction, all_to_all, resample, lut, reindex, separable, boundary, pointwise, binary, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp22 : public Generator<Rp22> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_mix2{"w_mix2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mean1, r_mix2;
    Func in0{"in0"}, mean1{"mean1"}, mix2{"mix2"}, resize3_x{"resize3_x"}, resize3_y{"resize3_y"}, curve4{"curve4"};
    Func lut5{"lut5"}, shift6{"shift6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, pad8{"pad8"}, pw9{"pw9"};
    Func add10{"add10"}, mx11{"mx11"}, mn12{"mn12"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        r_mean1 = RDom(0, 1536, "r_mean1");
        mean1(y, c) = 0.0f;
        mean1(y, c) += (cast<float>(in0(r_mean1.x, y, c)) * 0.003922f);
        mean1(y, c) = mean1(y, c) * 0.000651f;
        r_mix2 = RDom(0, 3, "r_mix2");
        mix2(y, c) = 0.0f;
        mix2(y, c) += mean1(y, r_mix2.x) * w_mix2(r_mix2.x, clamp(c, 0, 2));
        Expr resize3_x_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_x_ix = cast<int32_t>(floor(resize3_x_sx));
        Expr resize3_x_fx = resize3_x_sx - cast<float>(resize3_x_ix);
        resize3_x(x, y, c) = lerp((cast<float>(in0(resize3_x_ix, y, c)) * 0.003922f), (cast<float>(in0(resize3_x_ix + 1, y, c)) * 0.003922f), resize3_x_fx);
        Expr resize3_y_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize3_y_iy = cast<int32_t>(floor(resize3_y_sy));
        Expr resize3_y_fy = resize3_y_sy - cast<float>(resize3_y_iy);
        resize3_y(x, y, c) = lerp(resize3_x(x, resize3_y_iy, c), resize3_x(x, resize3_y_iy + 1, c), resize3_y_fy);
        curve4(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut5(x, y, c) = curve4(clamp(cast<int32_t>(resize3_y(x, y, c) * 1023.0f), 0, 1023));
        shift6(x, y, c) = lut5(x + 8, y - 8, c);
        blur7_x(x, y, c) = (shift6(x - 2, y, c) + 4.0f * shift6(x - 1, y, c) + 6.0f * shift6(x, y, c) + 4.0f * shift6(x + 1, y, c) + shift6(x + 2, y, c)) * 0.0625f;
        blur7_y(x, y, c) = (blur7_x(x, y - 2, c) + 4.0f * blur7_x(x, y - 1, c) + 6.0f * blur7_x(x, y, c) + 4.0f * blur7_x(x, y + 1, c) + blur7_x(x, y + 2, c)) * 0.0625f;
        pad8(x, y, c) = BoundaryConditions::mirror_image(blur7_y, {{0, 3072}, {0, 6144}, {0, 3}})(x, y, c);
        pw9(x, y, c) = pow(abs(pad8(x, y, c)) + 0.001f, 0.4545f);
        add10(x, y, c) = pw9(x, y, c) + pad8(x, y, c);
        mx11(x, y, c) = max(add10(x, y, c), mix2(y / 2, c));
        mn12(x, y, c) = min(mx11(x, y, c), resize3_x(x, y / 2, c));
        output(x, y, c) = cast<uint8_t>(clamp(mn12(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 3072}, {0, 3}});
        w_mix2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 3072}, {0, 6144}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            mn12.compute_at(output, yo).vectorize(x, 16);
            add10.compute_at(mn12, y).vectorize(x, 16);
            pad8.compute_at(add10, c).vectorize(x, 8);
            blur7_x.compute_root().vectorize(x, 8).parallel(y);
            shift6.compute_root().vectorize(x, 8).parallel(y);
            lut5.compute_at(shift6, c).vectorize(x, 8);
            curve4.compute_root().vectorize(x, 8);
            resize3_y.compute_at(lut5, c).vectorize(x, 8);
            resize3_x.compute_root().vectorize(x, 16).parallel(y);
            mix2.compute_root().parallel(y);
            mix2.update(0).vectorize(y, 16).unroll(r_mix2.x);
            mean1.compute_root().parallel(y);
            mean1.update(0).vectorize(y, 16);
            mean1.update(1).vectorize(y, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp22, rp_22)
