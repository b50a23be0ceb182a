// Random pipeline (seed 302): 17 stages over image3d 384x512x4 uint8 input.
// Steps: boundary, binary, cast, binary, all_to_all, separable, all_to_all, separable, upsample, pointwise, downsample, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp302 : public Generator<Rp302> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_mix4{"w_mix4", 2};
    Input<Buffer<float>> w_mix6{"w_mix6", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mix4, r_mix6;
    Func in0{"in0"}, add1{"add1"}, cvt2{"cvt2"}, add3{"add3"}, mix4{"mix4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, mix6{"mix6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, up8{"up8"}, pw9{"pw9"};
    Func down10{"down10"}, down11{"down11"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        add1(x, y, c) = in0(x, y, c) / 2 + in0(x + 1, y, c) / 2;
        cvt2(x, y, c) = (cast<float>(add1(x, y, c)) * 0.003922f);
        add3(x, y, c) = cvt2(x, y, c) + (cast<float>(add1(x, y, c)) * 0.003922f);
        r_mix4 = RDom(0, 4, "r_mix4");
        mix4(x, y, c) = 0.0f;
        mix4(x, y, c) += add3(x, y, r_mix4.x) * w_mix4(r_mix4.x, clamp(c, 0, 3));
        blur5_x(x, y, c) = (mix4(x - 2, y, c) + 4.0f * mix4(x - 1, y, c) + 6.0f * mix4(x, y, c) + 4.0f * mix4(x + 1, y, c) + mix4(x + 2, y, c)) * 0.0625f;
        blur5_y(x, y, c) = (blur5_x(x, y - 2, c) + 4.0f * blur5_x(x, y - 1, c) + 6.0f * blur5_x(x, y, c) + 4.0f * blur5_x(x, y + 1, c) + blur5_x(x, y + 2, c)) * 0.0625f;
        r_mix6 = RDom(0, 4, "r_mix6");
        mix6(x, y, c) = 0.0f;
        mix6(x, y, c) += blur5_y(x, y, r_mix6.x) * w_mix6(r_mix6.x, clamp(c, 0, 3));
        blur7_x(x, y, c) = (mix6(x - 1, y, c) + 2.0f * mix6(x, y, c) + mix6(x + 1, y, c)) * 0.25f;
        blur7_y(x, y, c) = (blur7_x(x, y - 1, c) + 2.0f * blur7_x(x, y, c) + blur7_x(x, y + 1, c)) * 0.25f;
        Expr up8_fx = cast<float>(x % 2) * 0.5f;
        Expr up8_fy = cast<float>(y % 2) * 0.5f;
        up8(x, y, c) = lerp(lerp(blur5_x(x / 2, y / 2, c), blur5_x(x / 2 + 1, y / 2, c), up8_fx), lerp(blur5_x(x / 2, y / 2 + 1, c), blur5_x(x / 2 + 1, y / 2 + 1, c), up8_fx), up8_fy);
        pw9(x, y, c) = exp(-abs(up8(x, y, c)));
        down10(x, y, c) = (pw9(2 * x, 2 * y, c) + pw9(2 * x + 1, 2 * y, c) + pw9(2 * x, 2 * y + 1, c) + pw9(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        down11(x, y, c) = (down10(2 * x, 2 * y, c) + down10(2 * x + 1, 2 * y, c) + down10(2 * x, 2 * y + 1, c) + down10(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        output(x, y, c) = cast<uint8_t>(clamp((down11(x, y, c) + blur7_y(x * 2, y * 2, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 512}, {0, 4}});
        w_mix4.set_estimates({{0, 4}, {0, 4}});
        w_mix6.set_estimates({{0, 4}, {0, 4}});
        output.set_estimates({{0, 192}, {0, 256}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            down11.compute_root().vectorize(x, 16).parallel(c);
            down10.compute_root().vectorize(x, 8).parallel(c);
            blur7_y.compute_root().vectorize(x, 16).parallel(c);
            mix6.compute_at(blur7_y, c).vectorize(x, 8);
            mix6.update(0).vectorize(x, 8);
            blur5_y.compute_root().vectorize(x, 16).parallel(c);
            mix4.compute_root().vectorize(x, 16).parallel(c);
            mix4.update(0).vectorize(x, 8).unroll(r_mix4.x).parallel(c);
            add3.compute_root().vectorize(x, 8).parallel(c);
            cvt2.compute_root().vectorize(x, 16).parallel(c);
            add1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp302, rp_302)
