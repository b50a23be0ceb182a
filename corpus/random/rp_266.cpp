// Random pipeline (seed 266): 20 stages over image3d 2560x2560x4 uint8 input.
// Steps: boundary, lut, lut, downsample, activation, conv, activation, reduction, lut, binary, stencil, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp266 : public Generator<Rp266> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv6, r_mean8;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, lut3{"lut3"}, down4_x{"down4_x"}, down4_y{"down4_y"};
    Func act5{"act5"}, conv6{"conv6"}, relu7{"relu7"}, mean8{"mean8"}, lut9{"lut9"}, mul10{"mul10"};
    Func erode11{"erode11"}, down12{"down12"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        curve1(x) = sqrt(cast<float>(x) * 0.000978f);
        lut2(x, y, c) = curve1(clamp(cast<int32_t>(in0(x, y, c)) * 1024 / 256, 0, 1023));
        lut3(x, y, c) = curve1(clamp(cast<int32_t>(lut2(x, y, c) * 1023.0f), 0, 1023));
        down4_x(x, y, c) = (lut3(2 * x - 1, y, c) + 3.0f * lut3(2 * x, y, c) + 3.0f * lut3(2 * x + 1, y, c) + lut3(2 * x + 2, y, c)) * 0.125f;
        down4_y(x, y, c) = (down4_x(x, 2 * y - 1, c) + 3.0f * down4_x(x, 2 * y, c) + 3.0f * down4_x(x, 2 * y + 1, c) + down4_x(x, 2 * y + 2, c)) * 0.125f;
        act5(x, y, c) = clamp(down4_y(x, y, c) * 6.0f, 0.0f, 6.0f);
        r_conv6 = RDom(0, 5, 0, 5, "r_conv6");
        conv6(x, y, c) = 0.0f;
        conv6(x, y, c) += down4_y(x + r_conv6.x - 2, y + r_conv6.y - 2, c) * w_conv6(r_conv6.x, r_conv6.y);
        relu7(x, y, c) = max(conv6(x, y, c), 0.0f);
        r_mean8 = RDom(0, 1280, "r_mean8");
        mean8(y, c) = 0.0f;
        mean8(y, c) += relu7(r_mean8.x, y, c);
        mean8(y, c) = mean8(y, c) * 0.000781f;
        lut9(x, y, c) = curve1(clamp(cast<int32_t>(down4_x(x, y, c) * 1023.0f), 0, 1023));
        mul10(x, y, c) = lut9(x, y, c) * mean8(y / 2, c);
        erode11(x, y, c) = min(min(min(min(mul10(x, y, c), mul10(x - 1, y, c)), mul10(x + 1, y, c)), mul10(x, y - 1, c)), mul10(x, y + 1, c));
        down12(x, y, c) = (erode11(2 * x, 2 * y, c) + erode11(2 * x + 1, 2 * y, c) + erode11(2 * x, 2 * y + 1, c) + erode11(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        output(x, y, c) = cast<uint8_t>(clamp((down12(x, y, c) + act5(x * 2, y, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 2560}, {0, 4}});
        w_conv6.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 640}, {0, 1280}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            down12.compute_root().vectorize(x, 16).parallel(c);
            erode11.compute_root().vectorize(x, 8).parallel(c);
            mul10.compute_root().vectorize(x, 16).parallel(c);
            mean8.compute_root().parallel(c);
            mean8.update(0).vectorize(y, 16);
            mean8.update(1).vectorize(y, 8).parallel(c);
            relu7.compute_root().vectorize(x, 16).parallel(c);
            conv6.compute_root().vectorize(x, 8).parallel(c);
            conv6.update(0).vectorize(x, 16).unroll(r_conv6.x);
            act5.compute_at(output, c).vectorize(x, 8);
            down4_y.compute_root().vectorize(x, 8).parallel(c);
            down4_x.compute_root().vectorize(x, 16).parallel(c);
            lut2.compute_root().vectorize(x, 8).parallel(c);
            curve1.compute_root().vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp266, rp_266)
