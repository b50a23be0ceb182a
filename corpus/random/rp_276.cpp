// Random pipeline (seed 276): 16 stages over image3d 1280x1024x3 uint8 input.
// Steps: boundary, boundary, upsample, separable, lut, lut, binary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp276 : public Generator<Rp276> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"};
    Func curve4{"curve4"}, lut5{"lut5"}, lut6{"lut6"}, diff7{"diff7"}, pw8{"pw8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        up2_x(x, y) = 0.25f * (cast<float>(in1((x / 2) - 1 + 2 * (x % 2), y)) * 0.003922f) + 0.75f * (cast<float>(in1(x / 2, y)) * 0.003922f);
        up2_y(x, y) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up2_x(x, y / 2);
        blur3_x(x, y) = (up2_y(x - 1, y) + up2_y(x, y) + up2_y(x + 1, y)) * 0.333333f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + blur3_x(x, y) + blur3_x(x, y + 1)) * 0.333333f;
        curve4(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut5(x, y) = curve4(clamp(cast<int32_t>(blur3_y(x, y) * 1023.0f), 0, 1023));
        lut6(x, y) = curve4(clamp(cast<int32_t>(lut5(x, y) * 1023.0f), 0, 1023));
        diff7(x, y, c) = absd((cast<float>(in0(x, y, c)) * 0.003922f), lut6(x * 2, y * 2));
        pw8(x, y, c) = tanh(diff7(x, y, c));
        output(x, y, c) = pw8(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 1024}});
        output.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            pw8.compute_root().vectorize(x, 8).parallel(y);
            diff7.compute_root().vectorize(x, 8).parallel(y);
            lut6.compute_root().vectorize(x, 8).parallel(y);
            lut5.compute_at(lut6, y).vectorize(x, 16);
            up2_y.compute_at(lut5, y).vectorize(x, 8);
            up2_x.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(diff7, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp276, rp_276)
