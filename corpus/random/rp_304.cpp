// Random pipeline (seed 304): 19 stages over image2d 1024x1920 uint8 input.
// Steps: boundary, boundary, conv, slice, reduction, binary, lut, resample, reduction, lut, pointwise, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp304 : public Generator<Rp304> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_conv2, r_red4, r_red9;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, slice3{"slice3"}, red4{"red4"}, avg5{"avg5"};
    Func curve6{"curve6"}, lut7{"lut7"}, resize8{"resize8"}, red9{"red9"}, lut10{"lut10"}, pw11{"pw11"};
    Func lut12{"lut12"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.003922f) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.5f);
        slice3(x) = conv2(x, 1546);
        r_red4 = RDom(0, 1024, "r_red4");
        red4(y) = maximum((cast<float>(in0(r_red4.x, y)) * 0.003922f));
        avg5(x, y) = ((cast<float>(in1(x, y)) * 0.003922f) + red4(y)) * 0.5f;
        curve6(x) = pow(cast<float>(x) * 0.000978f, 0.4545f);
        lut7(x, y) = curve6(clamp(cast<int32_t>(avg5(x, y) * 1023.0f), 0, 1023));
        Expr resize8_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize8_ix = cast<int32_t>(floor(resize8_sx));
        Expr resize8_fx = resize8_sx - cast<float>(resize8_ix);
        Expr resize8_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize8_iy = cast<int32_t>(floor(resize8_sy));
        Expr resize8_fy = resize8_sy - cast<float>(resize8_iy);
        resize8(x, y) = lerp(lerp(lut7(resize8_ix, resize8_iy), lut7(resize8_ix + 1, resize8_iy), resize8_fx), lerp(lut7(resize8_ix, resize8_iy + 1), lut7(resize8_ix + 1, resize8_iy + 1), resize8_fx), resize8_fy);
        r_red9 = RDom(0, 2048, "r_red9");
        red9(y) = minimum(resize8(r_red9.x, y));
        lut10(y) = slice3(clamp(cast<int32_t>(red9(y) * 1023.0f), 0, 1023));
        pw11(y) = lut10(y) / (1.0f + abs(lut10(y)));
        lut12(y) = curve6(clamp(cast<int32_t>(pw11(y) * 1023.0f), 0, 1023));
        output(y) = cast<uint8_t>(clamp(lut12(y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1920}});
        input2.set_estimates({{0, 1024}, {0, 1920}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 3840}});

        if (!auto_schedule) {
            output.parallel(y);
            lut12.compute_at(output, y);
            red9.compute_root().parallel(y);
            resize8.compute_root().vectorize(x, 16).parallel(y);
            lut7.compute_at(resize8, y).vectorize(x, 8);
            curve6.compute_root().vectorize(x, 8);
            red4.compute_root().parallel(y);
            slice3.compute_root().vectorize(x, 8);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp304, rp_304)
