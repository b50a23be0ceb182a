// Random pipeline (seed 111): 18 stages over image3d 1536x1280x4 float input.
// Steps: boundary, all_to_all, upsample, resample, lut, reduction, boundary, lut, cast, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp111 : public Generator<Rp111> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mix1{"w_mix1", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mix1, r_red6;
    Func in0{"in0"}, mix1{"mix1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, resize3{"resize3"}, curve4{"curve4"};
    Func lut5{"lut5"}, red6{"red6"}, pad7{"pad7"}, lut8{"lut8"}, cvt9{"cvt9"}, tr10{"tr10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_mix1 = RDom(0, 4, "r_mix1");
        mix1(x, y, c) = 0.0f;
        mix1(x, y, c) += in0(x, y, r_mix1.x) * w_mix1(r_mix1.x, clamp(c, 0, 3));
        up2_x(x, y, c) = 0.25f * mix1((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * mix1(x / 2, y, c);
        up2_y(x, y, c) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up2_x(x, y / 2, c);
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp(up2_y(resize3_ix, resize3_iy, c), up2_y(resize3_ix + 1, resize3_iy, c), resize3_fx), lerp(up2_y(resize3_ix, resize3_iy + 1, c), up2_y(resize3_ix + 1, resize3_iy + 1, c), resize3_fx), resize3_fy);
        curve4(x) = sqrt(cast<float>(x) * 0.000978f);
        lut5(x, y, c) = curve4(clamp(cast<int32_t>(resize3(x, y, c) * 1023.0f), 0, 1023));
        r_red6 = RDom(0, 3200, "r_red6");
        red6(x, c) = 0.0f;
        red6(x, c) += lut5(x, r_red6.x, c);
        pad7(x, c) = BoundaryConditions::repeat_edge(red6, {{0, 3840}, {0, 4}})(x, c);
        lut8(x, c) = curve4(clamp(cast<int32_t>(red6(x, c) * 1023.0f), 0, 1023));
        cvt9(x, c) = cast<uint16_t>(clamp(lut8(x, c) * 65535.0f, 0.0f, 65535.0f));
        tr10(x, y, c) = lut5(y, x, c);
        output(x, y, c) = cast<uint8_t>(clamp((tr10(x, y, c) + pad7(x * 6 / 5, c) + (cast<float>(cvt9(x * 6 / 5, c)) * 0.000015f)) * 0.333333f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 1280}, {0, 4}});
        gain.set_estimate(0.5f);
        w_mix1.set_estimates({{0, 4}, {0, 4}});
        output.set_estimates({{0, 3200}, {0, 3840}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            lut8.compute_at(output, yo).vectorize(x, 16);
            pad7.compute_at(output, yo).vectorize(x, 16);
            red6.compute_root().vectorize(x, 8).parallel(c);
            red6.update(0).vectorize(x, 16).parallel(c);
            lut5.compute_root().vectorize(x, 16).parallel(c);
            curve4.compute_root().vectorize(x, 8);
            up2_y.compute_root().vectorize(x, 8).parallel(c);
            up2_x.compute_root().vectorize(x, 8).parallel(c);
            mix1.compute_at(up2_x, c).vectorize(x, 8);
            mix1.update(0).vectorize(x, 8).unroll(r_mix1.x);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp111, rp_111)
