// Random pipeline (seed 410): 17 stages over image2d 2048x640 uint8 input.
// Steps: boundary, pointwise, separable, reindex, lut, slice, lut, lut, pointwise, pointwise, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp410 : public Generator<Rp410> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv11;
    Func in0{"in0"}, pw1{"pw1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, flip3{"flip3"}, curve4{"curve4"};
    Func lut5{"lut5"}, slice6{"slice6"}, lut7{"lut7"}, lut8{"lut8"}, pw9{"pw9"}, pw10{"pw10"};
    Func conv11{"conv11"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        pw1(x, y) = pow(abs((cast<float>(in0(x, y)) * 0.003922f)) + 0.001f, 0.4545f);
        blur2_x(x, y) = (pw1(x - 1, y) + 3.0f * pw1(x, y) + 3.0f * pw1(x + 1, y) + pw1(x + 2, y)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        flip3(x, y) = blur2_y(2047 - x, y);
        curve4(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut5(x, y) = curve4(clamp(cast<int32_t>(flip3(x, y) * 1023.0f), 0, 1023));
        slice6(x) = lut5(x, 215);
        lut7(x) = curve4(clamp(cast<int32_t>(slice6(x) * 1023.0f), 0, 1023));
        lut8(x) = slice6(clamp(cast<int32_t>(lut7(x) * 2047.0f), 0, 2047));
        pw9(x) = log(abs(lut8(x)) + 1.0f);
        pw10(x) = log(abs(pw9(x)) + 1.0f);
        r_conv11 = RDom(0, 5, 0, 5, "r_conv11");
        conv11(x, y) = 0.0f;
        conv11(x, y) += flip3(x + r_conv11.x - 2, y + r_conv11.y - 2) * exp(-cast<float>((r_conv11.x - 2) * (r_conv11.x - 2) + (r_conv11.y - 2) * (r_conv11.y - 2)) * 0.8f);
        output(x, y) = cast<uint8_t>(clamp((conv11(x, y) + pw10(x)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 640}});
        output.set_estimates({{0, 2048}, {0, 640}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            conv11.compute_at(output, y).vectorize(x, 16);
            conv11.update(0).vectorize(x, 8).unroll(r_conv11.x);
            pw10.compute_at(output, y).vectorize(x, 16);
            lut8.compute_root().vectorize(x, 16);
            lut7.compute_root().vectorize(x, 8);
            lut5.compute_root().vectorize(x, 8).parallel(y);
            curve4.compute_root().vectorize(x, 16);
            blur2_x.compute_root().vectorize(x, 16).parallel(y);
            pw1.compute_at(blur2_x, y).vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp410, rp_410)
