// Random pipeline (seed 494): 16 stages over image2d 384x640 uint16 input.
// Steps: boundary, boundary, binary, conv, activation, reduction, lut, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp494 : public Generator<Rp494> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3, r_mean5;
    Func in0{"in0"}, pad1{"pad1"}, avg2{"avg2"}, conv3{"conv3"}, relu4{"relu4"}, mean5{"mean5"};
    Func curve6{"curve6"}, lut7{"lut7"}, grad8{"grad8"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        pad1(x, y) = BoundaryConditions::mirror_interior(in0, {{0, 384}, {0, 640}})(x, y);
        avg2(x, y) = ((cast<float>(pad1(x, y)) * 0.000015f) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f;
        r_conv3 = RDom(0, 5, 0, 5, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += avg2(x + r_conv3.x - 2, y + r_conv3.y - 2) * exp(-cast<float>((r_conv3.x - 2) * (r_conv3.x - 2) + (r_conv3.y - 2) * (r_conv3.y - 2)) * 0.8f);
        relu4(x, y) = max(conv3(x, y), 0.0f);
        r_mean5 = RDom(0, 384, "r_mean5");
        mean5(y) = 0.0f;
        mean5(y) += relu4(r_mean5.x, y);
        mean5(y) = mean5(y) * 0.002604f;
        curve6(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut7(y) = curve6(clamp(cast<int32_t>(mean5(y) * 1023.0f), 0, 1023));
        grad8(x, y) = sqrt(((cast<float>(in0(x + 1, y)) * 0.000015f) - (cast<float>(in0(x - 1, y)) * 0.000015f)) * ((cast<float>(in0(x + 1, y)) * 0.000015f) - (cast<float>(in0(x - 1, y)) * 0.000015f)) + ((cast<float>(in0(x, y + 1)) * 0.000015f) - (cast<float>(in0(x, y - 1)) * 0.000015f)) * ((cast<float>(in0(x, y + 1)) * 0.000015f) - (cast<float>(in0(x, y - 1)) * 0.000015f)));
        output(x, y) = cast<uint16_t>(clamp((grad8(x, y) + lut7(y)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 640}});
        output.set_estimates({{0, 384}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            grad8.compute_at(output, yo).vectorize(x, 8);
            lut7.compute_at(output, xo);
            mean5.compute_root().parallel(y);
            mean5.update(0).vectorize(y, 16);
            mean5.update(1).vectorize(y, 16);
            relu4.compute_root().vectorize(x, 16).parallel(y);
            conv3.compute_root().vectorize(x, 16).parallel(y);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x);
            pad1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp494, rp_494)
