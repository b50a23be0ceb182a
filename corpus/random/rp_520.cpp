// Random pipeline (seed 520): 16 stages over image2d 384x768 float input.
// Steps: boundary, histogram, lut, pointwise, boundary, separable, lut, activation, conv, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp520 : public Generator<Rp520> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist1, r_conv8;
    Func in0{"in0"}, hist1{"hist1"}, lut2{"lut2"}, pw3{"pw3"}, pad4{"pad4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, lut6{"lut6"}, act7{"act7"}, conv8{"conv8"}, mn9{"mn9"}, blend10{"blend10"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        r_hist1 = RDom(0, 384, 0, 768, "r_hist1");
        hist1(x) = 0.0f;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y) * 255.0f), 0, 255)) += in0(r_hist1.x, r_hist1.y);
        lut2(x, y) = hist1(clamp(cast<int32_t>(in0(x, y) * 255.0f), 0, 255));
        pw3(x, y) = floor(lut2(x, y) * 8.0f) * 0.125f;
        pad4(x, y) = BoundaryConditions::mirror_interior(pw3, {{0, 384}, {0, 768}})(x, y);
        blur5_x(x, y) = (pad4(x - 2, y) + 4.0f * pad4(x - 1, y) + 6.0f * pad4(x, y) + 4.0f * pad4(x + 1, y) + pad4(x + 2, y)) * 0.0625f;
        blur5_y(x, y) = (blur5_x(x, y - 2) + 4.0f * blur5_x(x, y - 1) + 6.0f * blur5_x(x, y) + 4.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.0625f;
        lut6(x, y) = hist1(clamp(cast<int32_t>(blur5_y(x, y) * 255.0f), 0, 255));
        act7(x, y) = log(1.0f + exp(lut6(x, y)));
        r_conv8 = RDom(0, 3, 0, 3, "r_conv8");
        conv8(x, y) = 0.0f;
        conv8(x, y) += lut2(x + r_conv8.x - 1, y + r_conv8.y - 1) * exp(-cast<float>((r_conv8.x - 1) * (r_conv8.x - 1) + (r_conv8.y - 1) * (r_conv8.y - 1)) * 0.5f);
        mn9(x, y) = min(conv8(x, y), act7(x, y));
        blend10(x, y) = lerp(mn9(x, y), act7(x, y), 0.3f);
        output(x, y) = cast<uint8_t>(clamp(blend10(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 768}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 384}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            mn9.compute_at(output, yo).vectorize(x, 16);
            conv8.compute_root().vectorize(x, 16).parallel(y);
            conv8.update(0).vectorize(x, 8).parallel(y);
            act7.compute_root().vectorize(x, 8).parallel(y);
            blur5_y.compute_root().vectorize(x, 16).parallel(y);
            blur5_x.compute_root().vectorize(x, 16).parallel(y);
            pad4.compute_at(blur5_x, y).vectorize(x, 8);
            pw3.compute_at(pad4, y).vectorize(x, 8);
            lut2.compute_root().vectorize(x, 16).parallel(y);
            hist1.compute_root();
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp520, rp_520)
