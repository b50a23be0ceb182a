// Random pipeline (seed 209): 20 stages over image3d 1280x3072x3 uint8 input.
// Steps: boundary, boundary, slice, conv, activation, all_to_all, pointwise, separable, activation, pointwise, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp209 : public Generator<Rp209> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Input<Buffer<float>> w_mix5{"w_mix5", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv3, r_mix5, r_red10;
    Func in0{"in0"}, in1{"in1"}, slice2{"slice2"}, conv3{"conv3"}, relu4{"relu4"}, mix5{"mix5"};
    Func pw6{"pw6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, act8{"act8"}, pw9{"pw9"}, red10{"red10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        slice2(x, y) = in0(x, y, 0);
        r_conv3 = RDom(0, 5, 0, 5, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += (cast<float>(slice2(x + r_conv3.x - 2, y + r_conv3.y - 2)) * 0.003922f) * w_conv3(r_conv3.x, r_conv3.y);
        relu4(x, y) = max(conv3(x, y), 0.0f);
        r_mix5 = RDom(0, 3, "r_mix5");
        mix5(x, y, c) = 0.0f;
        mix5(x, y, c) += (cast<float>(in1(x, y, r_mix5.x)) * 0.003922f) * w_mix5(r_mix5.x, clamp(c, 0, 2));
        pw6(x, y, c) = sqrt(abs(mix5(x, y, c)) + 1.0f) * gain;
        blur7_x(x, y, c) = (pw6(x - 1, y, c) + pw6(x, y, c) + pw6(x + 1, y, c)) * 0.333333f;
        blur7_y(x, y, c) = (blur7_x(x, y - 1, c) + blur7_x(x, y, c) + blur7_x(x, y + 1, c)) * 0.333333f;
        act8(x, y, c) = max(blur7_y(x, y, c) - 0.25f, 0.0f);
        pw9(x, y, c) = sin(act8(x, y, c)) * 0.5f + 0.5f * gain;
        r_red10 = RDom(0, 1280, "r_red10");
        red10(y, c) = 0.0f;
        red10(y, c) += pw9(r_red10.x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp((red10(y, c) + relu4(x, y)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 3072}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 3072}, {0, 3}});
        gain.set_estimate(2.0f);
        w_conv3.set_estimates({{0, 5}, {0, 5}});
        w_mix5.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 3072}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            red10.compute_root().parallel(y);
            red10.update(0).vectorize(y, 16);
            pw9.compute_root().vectorize(x, 8).parallel(y);
            act8.compute_root().vectorize(x, 16).parallel(y);
            blur7_y.compute_root().vectorize(x, 8).parallel(y);
            blur7_x.compute_root().vectorize(x, 16).parallel(y);
            mix5.compute_at(blur7_x, c).vectorize(x, 16);
            mix5.update(0).vectorize(x, 16);
            conv3.compute_root().vectorize(x, 8).parallel(y);
            conv3.update(0).vectorize(x, 16);
            slice2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp209, rp_209)
