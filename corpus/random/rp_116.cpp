// Random pipeline (seed 116): 19 stages over image2d 1024x2048 uint16 input.
// Steps: boundary, conv, binary, conv, pointwise, cast, stencil, downsample, cast, reduction, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp116 : public Generator<Rp116> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Output<Buffer<uint16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_conv1, r_conv3, r_red9;
    Func in0{"in0"}, conv1{"conv1"}, mn2{"mn2"}, conv3{"conv3"}, pw4{"pw4"}, cvt5{"cvt5"};
    Func dilate6{"dilate6"}, down7_x{"down7_x"}, down7_y{"down7_y"}, cvt8{"cvt8"}, red9{"red9"}, pw10{"pw10"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1)) * 0.000015f) * w_conv1(r_conv1.x, r_conv1.y);
        mn2(x, y) = min(conv1(x, y), (cast<float>(in0(x, y)) * 0.000015f));
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += mn2(x + r_conv3.x - 1, y + r_conv3.y - 1) * w_conv3(r_conv3.x, r_conv3.y);
        pw4(x, y) = tanh(conv3(x, y));
        cvt5(x, y) = cast<uint8_t>(clamp(pw4(x, y) * 255.0f, 0.0f, 255.0f));
        dilate6(x, y) = max(max(max(max(cvt5(x, y), cvt5(x - 1, y)), cvt5(x + 1, y)), cvt5(x, y - 1)), cvt5(x, y + 1));
        down7_x(x, y) = ((cast<float>(dilate6(2 * x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(dilate6(2 * x, y)) * 0.003922f) + 3.0f * (cast<float>(dilate6(2 * x + 1, y)) * 0.003922f) + (cast<float>(dilate6(2 * x + 2, y)) * 0.003922f)) * 0.125f;
        down7_y(x, y) = (down7_x(x, 2 * y - 1) + 3.0f * down7_x(x, 2 * y) + 3.0f * down7_x(x, 2 * y + 1) + down7_x(x, 2 * y + 2)) * 0.125f;
        cvt8(x, y) = cast<int32_t>(down7_y(x, y) * 1024.0f);
        r_red9 = RDom(0, 512, "r_red9");
        red9(y) = minimum((cast<float>(cvt8(r_red9.x, y)) * 0.000977f));
        pw10(y) = red9(y) / (1.0f + abs(red9(y))) * gain;
        output(y) = cast<uint16_t>(clamp(pw10(y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 2048}});
        gain.set_estimate(0.5f);
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1024}});

        if (!auto_schedule) {
            output.parallel(y);
            red9.compute_root().parallel(y);
            cvt8.compute_root().vectorize(x, 8).parallel(y);
            down7_y.compute_root().vectorize(x, 8).parallel(y);
            pw4.compute_root().vectorize(x, 8).parallel(y);
            conv3.compute_at(pw4, y).vectorize(x, 8);
            conv3.update(0).vectorize(x, 8);
            mn2.compute_root().vectorize(x, 8).parallel(y);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp116, rp_116)
