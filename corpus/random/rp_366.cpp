// Random pipeline (seed 366): 18 stages over image2d 384x384 uint16 input.
// Steps: boundary, boundary, binary, pointwise, upsample, separable, pointwise, stencil, lut, conv, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp366 : public Generator<Rp366> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv10;
    Func in0{"in0"}, in1{"in1"}, blend2{"blend2"}, pw3{"pw3"}, up4_x{"up4_x"}, up4_y{"up4_y"};
    Func blur5_x{"blur5_x"}, blur5_y{"blur5_y"}, pw6{"pw6"}, dilate7{"dilate7"}, curve8{"curve8"}, lut9{"lut9"};
    Func conv10{"conv10"}, up11{"up11"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        blend2(x, y) = lerp((cast<float>(in1(x, y)) * 0.000015f), (cast<float>(in0(x, y)) * 0.000015f), 0.3f);
        pw3(x, y) = tanh(blend2(x, y));
        up4_x(x, y) = 0.25f * pw3((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * pw3(x / 2, y);
        up4_y(x, y) = 0.25f * up4_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up4_x(x, y / 2);
        blur5_x(x, y) = (up4_y(x - 2, y) + 4.0f * up4_y(x - 1, y) + 6.0f * up4_y(x, y) + 4.0f * up4_y(x + 1, y) + up4_y(x + 2, y)) * 0.0625f;
        blur5_y(x, y) = (blur5_x(x, y - 2) + 4.0f * blur5_x(x, y - 1) + 6.0f * blur5_x(x, y) + 4.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.0625f;
        pw6(x, y) = blur5_y(x, y) * blur5_y(x, y) * 0.5f - blur5_y(x, y);
        dilate7(x, y) = max(max(max(max(pw6(x, y), pw6(x - 1, y)), pw6(x + 1, y)), pw6(x, y - 1)), pw6(x, y + 1));
        curve8(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut9(x, y) = curve8(clamp(cast<int32_t>(dilate7(x, y) * 1023.0f), 0, 1023));
        r_conv10 = RDom(0, 3, 0, 3, "r_conv10");
        conv10(x, y) = 0.0f;
        conv10(x, y) += lut9(x + r_conv10.x - 1, y + r_conv10.y - 1) * exp(-cast<float>((r_conv10.x - 1) * (r_conv10.x - 1) + (r_conv10.y - 1) * (r_conv10.y - 1)) * 0.5f);
        Expr up11_fx = cast<float>(x % 2) * 0.5f;
        Expr up11_fy = cast<float>(y % 2) * 0.5f;
        up11(x, y) = lerp(lerp(conv10(x / 2, y / 2), conv10(x / 2 + 1, y / 2), up11_fx), lerp(conv10(x / 2, y / 2 + 1), conv10(x / 2 + 1, y / 2 + 1), up11_fx), up11_fy);
        output(x, y) = cast<uint16_t>(clamp(up11(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 384}});
        input2.set_estimates({{0, 384}, {0, 384}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 1536}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            up11.compute_root().vectorize(x, 16).parallel(y);
            conv10.compute_root().vectorize(x, 8).parallel(y);
            conv10.update(0).vectorize(x, 16);
            curve8.compute_root().vectorize(x, 16);
            dilate7.compute_root().vectorize(x, 16).parallel(y);
            blur5_y.compute_at(dilate7, y).vectorize(x, 8);
            up4_y.compute_at(blur5_y, y).vectorize(x, 16);
            pw3.compute_at(up4_y, y).vectorize(x, 16);
            blend2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(blend2, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp366, rp_366)
