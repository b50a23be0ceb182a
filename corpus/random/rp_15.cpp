// Random pipeline (seed 15): 19 stages over image2d 512x384 float input.
// Steps: boundary, activation, scan, binary, binary, lut, activation, pointwise, conv, activation, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp15 : public Generator<Rp15> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_cumsum2, r_conv9, r_mean11;
    Func in0{"in0"}, act1{"act1"}, cumsum2{"cumsum2"}, mx3{"mx3"}, blend4{"blend4"}, curve5{"curve5"};
    Func lut6{"lut6"}, act7{"act7"}, pw8{"pw8"}, conv9{"conv9"}, relu10{"relu10"}, mean11{"mean11"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        act1(x, y) = max(in0(x, y) - 0.25f, 0.0f);
        r_cumsum2 = RDom(1, 383, "r_cumsum2");
        cumsum2(x, y) = act1(x, y);
        cumsum2(x, r_cumsum2.x) = cumsum2(x, r_cumsum2.x - 1) + cumsum2(x, r_cumsum2.x);
        mx3(x, y) = max(cumsum2(x, y), act1(x, y));
        blend4(x, y) = lerp(mx3(x, y), cumsum2(x, y), 0.3f);
        curve5(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut6(x, y) = curve5(clamp(cast<int32_t>(blend4(x, y) * 255.0f), 0, 255));
        act7(x, y) = clamp(lut6(x, y) * 6.0f, 0.0f, 6.0f);
        pw8(x, y) = floor(act7(x, y) * 8.0f) * 0.125f;
        r_conv9 = RDom(0, 5, 0, 5, "r_conv9");
        conv9(x, y) = 0.0f;
        conv9(x, y) += act7(x + r_conv9.x - 2, y + r_conv9.y - 2) * exp(-cast<float>((r_conv9.x - 2) * (r_conv9.x - 2) + (r_conv9.y - 2) * (r_conv9.y - 2)) * 0.5f);
        relu10(x, y) = max(conv9(x, y), 0.0f);
        r_mean11 = RDom(0, 512, "r_mean11");
        mean11(y) = 0.0f;
        mean11(y) += relu10(r_mean11.x, y);
        mean11(y) = mean11(y) * 0.001953f;
        output(x, y) = (mean11(y) + pw8(x, y)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 384}});
        output.set_estimates({{0, 512}, {0, 384}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            mean11.compute_root().parallel(y);
            mean11.update(0).vectorize(y, 8);
            mean11.update(1).vectorize(y, 8);
            relu10.compute_root().vectorize(x, 8).parallel(y);
            conv9.compute_at(relu10, y).vectorize(x, 16);
            conv9.update(0).vectorize(x, 16).unroll(r_conv9.x);
            pw8.compute_at(output, xo).vectorize(x, 8);
            lut6.compute_root().vectorize(x, 16).parallel(y);
            blend4.compute_root().vectorize(x, 8).parallel(y);
            mx3.compute_at(blend4, y).vectorize(x, 16);
            cumsum2.compute_root().vectorize(x, 8).parallel(y);
            cumsum2.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp15, rp_15)
