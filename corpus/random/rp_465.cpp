// Random pipeline (seed 465): 12 stages over image2d 4096x2048 float input.
// Steps: boundary, lut, binary, binary, reduction, stencil, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp465 : public Generator<Rp465> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red5;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, diff3{"diff3"}, add4{"add4"}, red5{"red5"};
    Func dilate6{"dilate6"}, up7{"up7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        curve1(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut2(x, y) = curve1(clamp(cast<int32_t>(in0(x, y) * 1023.0f), 0, 1023));
        diff3(x, y) = absd(lut2(x, y), curve1(x / 4));
        add4(x, y) = diff3(x, y) + lut2(x, y);
        r_red5 = RDom(0, 4096, "r_red5");
        red5(y) = 0.0f;
        red5(y) += add4(r_red5.x, y);
        dilate6(x, y) = max(max(max(max(add4(x, y), add4(x - 1, y)), add4(x + 1, y)), add4(x, y - 1)), add4(x, y + 1));
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y) = lerp(lerp(dilate6(x / 2, y / 2), dilate6(x / 2 + 1, y / 2), up7_fx), lerp(dilate6(x / 2, y / 2 + 1), dilate6(x / 2 + 1, y / 2 + 1), up7_fx), up7_fy);
        output(x, y) = cast<uint8_t>(clamp((up7(x, y) + red5(y / 2)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 2048}});
        output.set_estimates({{0, 8192}, {0, 4096}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            up7.compute_at(output, xo).vectorize(x, 8);
            dilate6.compute_at(up7, y).vectorize(x, 16);
            red5.compute_root().parallel(y);
            red5.update(0).vectorize(y, 16);
            lut2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(lut2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp465, rp_465)
