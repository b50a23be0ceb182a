// Random pipeline (seed 376): 19 stages over image3d 1920x3072x4 uint8 input.
// Steps: boundary, boundary, pointwise, separable, activation, boundary, reduction, stencil, conv, pointwise, lut, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp376 : public Generator<Rp376> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<Buffer<float>> w_conv8{"w_conv8", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_red6, r_conv8;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, act4{"act4"};
    Func pad5{"pad5"}, red6{"red6"}, box7{"box7"}, conv8{"conv8"}, pw9{"pw9"}, curve10{"curve10"};
    Func lut11{"lut11"}, up12{"up12"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        pw2(x, y, c) = in1(x, y, c) / 2 + 16;
        blur3_x(x, y, c) = cast<int32_t>(in0(x - 1, y, c)) + cast<int32_t>(in0(x, y, c)) + cast<int32_t>(in0(x + 1, y, c));
        blur3_y(x, y, c) = cast<uint8_t>((blur3_x(x, y - 1, c) + blur3_x(x, y, c) + blur3_x(x, y + 1, c)) / 9);
        act4(x, y, c) = select((cast<float>(blur3_y(x, y, c)) * 0.003922f) > 0.0f, (cast<float>(blur3_y(x, y, c)) * 0.003922f), (cast<float>(blur3_y(x, y, c)) * 0.003922f) * 0.1f);
        pad5(x, y, c) = BoundaryConditions::mirror_image(act4, {{0, 1920}, {0, 3072}, {0, 4}})(x, y, c);
        r_red6 = RDom(0, 4, "r_red6");
        red6(x, y) = maximum(pad5(x, y, r_red6.x));
        box7(x, y) = (red6(x - 1, y - 1) + red6(x, y - 1) + red6(x + 1, y - 1) + red6(x - 1, y) + red6(x, y) + red6(x + 1, y) + red6(x - 1, y + 1) + red6(x, y + 1) + red6(x + 1, y + 1)) * 0.111111f;
        r_conv8 = RDom(0, 3, 0, 3, "r_conv8");
        conv8(x, y) = 0.0f;
        conv8(x, y) += box7(x + r_conv8.x - 1, y + r_conv8.y - 1) * w_conv8(r_conv8.x, r_conv8.y);
        pw9(x, y, c) = exp(-abs((cast<float>(pw2(x, y, c)) * 0.003922f)));
        curve10(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut11(x, y, c) = curve10(clamp(cast<int32_t>(pw9(x, y, c) * 1023.0f), 0, 1023));
        Expr up12_fx = cast<float>(x % 2) * 0.5f;
        Expr up12_fy = cast<float>(y % 2) * 0.5f;
        up12(x, y) = lerp(lerp(conv8(x / 2, y / 2), conv8(x / 2 + 1, y / 2), up12_fx), lerp(conv8(x / 2, y / 2 + 1), conv8(x / 2 + 1, y / 2 + 1), up12_fx), up12_fy);
        output(x, y, c) = cast<uint8_t>(clamp((up12(x, y) + lut11(x / 2, y / 2, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 3072}, {0, 4}});
        input2.set_estimates({{0, 1920}, {0, 3072}, {0, 4}});
        w_conv8.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 3840}, {0, 6144}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
            curve10.compute_root().vectorize(x, 16);
            pw9.compute_at(output, c).vectorize(x, 8);
            conv8.compute_at(output, yo).vectorize(x, 8);
            conv8.update(0).vectorize(x, 16);
            box7.compute_root().vectorize(x, 16).parallel(y);
            red6.compute_root().vectorize(x, 16).parallel(y);
            blur3_y.compute_at(red6, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp376, rp_376)
