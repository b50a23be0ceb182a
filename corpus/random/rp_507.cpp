// Random pipeline (seed 507): 19 stages over image2d 1024x640 uint16 input.
// Steps: boundary, downsample, resample, binary, reduction, binary, binary, pointwise, histogram, separable, binary, binary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp507 : public Generator<Rp507> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_red4, r_hist8;
    Func in0{"in0"}, down1_x{"down1_x"}, down1_y{"down1_y"}, resize2{"resize2"}, mul3{"mul3"}, red4{"red4"};
    Func add5{"add5"}, blend6{"blend6"}, pw7{"pw7"}, hist8{"hist8"}, blur9_x{"blur9_x"}, blur9_y{"blur9_y"};
    Func mx10{"mx10"}, blend11{"blend11"}, pw12{"pw12"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        down1_x(x, y) = ((cast<float>(in0(2 * x - 1, y)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x, y)) * 0.000015f) + 3.0f * (cast<float>(in0(2 * x + 1, y)) * 0.000015f) + (cast<float>(in0(2 * x + 2, y)) * 0.000015f)) * 0.125f;
        down1_y(x, y) = (down1_x(x, 2 * y - 1) + 3.0f * down1_x(x, 2 * y) + 3.0f * down1_x(x, 2 * y + 1) + down1_x(x, 2 * y + 2)) * 0.125f;
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp(down1_y(resize2_ix, resize2_iy), down1_y(resize2_ix + 1, resize2_iy), resize2_fx), lerp(down1_y(resize2_ix, resize2_iy + 1), down1_y(resize2_ix + 1, resize2_iy + 1), resize2_fx), resize2_fy);
        mul3(x, y) = resize2(x, y) * down1_y(x * 4 / 5, y * 4 / 5);
        r_red4 = RDom(0, 640, "r_red4");
        red4(y) = maximum(mul3(r_red4.x, y));
        add5(x, y) = mul3(x, y) + red4(y);
        blend6(x, y) = lerp(add5(x, y), red4(y), 0.3f);
        pw7(x, y) = sin(blend6(x, y)) * 0.5f + 0.5f * gain;
        r_hist8 = RDom(0, 640, 0, 400, "r_hist8");
        hist8(x) = 0.0f;
        hist8(clamp(cast<int32_t>(pw7(r_hist8.x, r_hist8.y) * 63.0f), 0, 63)) += pw7(r_hist8.x, r_hist8.y);
        blur9_x(x, y) = (blend6(x - 1, y) + 3.0f * blend6(x, y) + 3.0f * blend6(x + 1, y) + blend6(x + 2, y)) * 0.125f;
        blur9_y(x, y) = (blur9_x(x, y - 1) + 3.0f * blur9_x(x, y) + 3.0f * blur9_x(x, y + 1) + blur9_x(x, y + 2)) * 0.125f;
        mx10(x, y) = max(blur9_y(x, y), hist8(x / 10));
        blend11(x, y) = lerp(mx10(x, y), blur9_y(x, y), 0.3f);
        pw12(x, y) = log(abs(blend11(x, y)) + 1.0f);
        output(x, y) = cast<uint16_t>(clamp(pw12(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 640}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 640}, {0, 400}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            blend11.compute_root().vectorize(x, 8).parallel(y);
            mx10.compute_root().vectorize(x, 8).parallel(y);
            blur9_y.compute_root().vectorize(x, 8).parallel(y);
            hist8.compute_root();
            blend6.compute_root().vectorize(x, 16).parallel(y);
            add5.compute_at(blend6, y).vectorize(x, 16);
            red4.compute_root().parallel(y);
            mul3.compute_root().vectorize(x, 16).parallel(y);
            down1_y.compute_root().vectorize(x, 8).parallel(y);
            down1_x.compute_at(down1_y, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp507, rp_507)
