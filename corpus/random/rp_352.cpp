// Random pipeline (seed 352): 19 stages over tensor3d 28x28x16 int16 input.
// Steps: boundary, separable, binary, activation, binary, reduction, pointwise, boundary, reduction, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp352 : public Generator<Rp352> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv9{"w_conv9", 4};
    Input<Buffer<float>> b_conv9{"b_conv9", 1};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red5, r_red8, r_conv9;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, blend2{"blend2"}, act3{"act3"}, mn4{"mn4"};
    Func red5{"red5"}, pw6{"pw6"}, pad7{"pad7"}, red8{"red8"}, conv9{"conv9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        blur1_x(x, y, c) = ((cast<float>(in0(x - 1, y, c)) * 0.000031f) + 3.0f * (cast<float>(in0(x, y, c)) * 0.000031f) + 3.0f * (cast<float>(in0(x + 1, y, c)) * 0.000031f) + (cast<float>(in0(x + 2, y, c)) * 0.000031f)) * 0.125f;
        blur1_y(x, y, c) = (blur1_x(x, y - 1, c) + 3.0f * blur1_x(x, y, c) + 3.0f * blur1_x(x, y + 1, c) + blur1_x(x, y + 2, c)) * 0.125f;
        blend2(x, y, c) = lerp(blur1_y(x, y, c), blur1_x(x, y, c), 0.3f);
        act3(x, y, c) = select((cast<float>(in0(x, y, c)) * 0.000031f) > 0.0f, (cast<float>(in0(x, y, c)) * 0.000031f), (cast<float>(in0(x, y, c)) * 0.000031f) * 0.1f);
        mn4(x, y, c) = min(act3(x, y, c), blend2(x, y, c));
        r_red5 = RDom(0, 28, "r_red5");
        red5(x, c) = 0.0f;
        red5(x, c) += mn4(x, r_red5.x, c);
        pw6(x, c) = sin(red5(x, c)) * 0.5f + 0.5f;
        pad7(x, c) = BoundaryConditions::constant_exterior(pw6, 0.0f, {{0, 28}, {0, 16}})(x, c);
        r_red8 = RDom(0, 28, "r_red8");
        red8(c) = 0.0f;
        red8(c) += pad7(r_red8.x, c);
        r_conv9 = RDom(0, 1, 0, 1, 0, 16, "r_conv9");
        conv9(x, y, c) = b_conv9(c);
        conv9(x, y, c) += mn4(x + r_conv9.x, y + r_conv9.y, r_conv9.z) * w_conv9(r_conv9.x, r_conv9.y, r_conv9.z, c);
        output(x, y, c) = cast<int16_t>(clamp((conv9(x, y, c) + red8(c)) * 0.5f * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 16}});
        gain.set_estimate(0.5f);
        w_conv9.set_estimates({{0, 1}, {0, 1}, {0, 16}, {0, 16}});
        b_conv9.set_estimates({{0, 16}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 16}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            conv9.compute_at(output, y).vectorize(x, 8);
            conv9.update(0).vectorize(x, 8).unroll(r_conv9.x);
            red8.compute_root().parallel(c);
            red8.update(0).vectorize(c, 8);
            pad7.compute_root().vectorize(x, 8).parallel(c);
            pw6.compute_at(pad7, c).vectorize(x, 8);
            red5.compute_root().vectorize(x, 8).parallel(c);
            red5.update(0).vectorize(x, 8).parallel(c);
            mn4.compute_root().vectorize(x, 8).parallel(c);
            act3.compute_root().vectorize(x, 8).parallel(c);
            blend2.compute_root().vectorize(x, 8).parallel(c);
            blur1_y.compute_at(blend2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp352, rp_352)
