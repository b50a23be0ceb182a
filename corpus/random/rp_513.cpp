// Random pipeline (seed 513): 16 stages over image2d 512x1920 uint16 input.
// Steps: boundary, histogram, lut, reduction, reduction, separable, lut, lut, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp513 : public Generator<Rp513> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist1, r_mean3, r_red4;
    Func in0{"in0"}, hist1{"hist1"}, lut2{"lut2"}, mean3{"mean3"}, red4{"red4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, lut6{"lut6"}, lut7{"lut7"}, erode8{"erode8"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        r_hist1 = RDom(0, 512, 0, 1920, "r_hist1");
        hist1(x) = 0;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y)) / 256, 0, 255)) += 1;
        lut2(x, y) = (cast<float>(hist1(clamp(cast<int32_t>(in0(x, y)) / 256, 0, 255))) * 0.000977f);
        r_mean3 = RDom(0, 1920, "r_mean3");
        mean3(x) = 0.0f;
        mean3(x) += lut2(x, r_mean3.x);
        mean3(x) = mean3(x) * 0.000521f;
        r_red4 = RDom(0, 1920, "r_red4");
        red4(x) = maximum(lut2(x, r_red4.x));
        blur5_x(x, y) = ((cast<float>(in0(x - 1, y)) * 0.000015f) + 2.0f * (cast<float>(in0(x, y)) * 0.000015f) + (cast<float>(in0(x + 1, y)) * 0.000015f)) * 0.25f;
        blur5_y(x, y) = (blur5_x(x, y - 1) + 2.0f * blur5_x(x, y) + blur5_x(x, y + 1)) * 0.25f;
        lut6(x, y) = mean3(clamp(cast<int32_t>(blur5_y(x, y) * 511.0f), 0, 511));
        lut7(x, y) = red4(clamp(cast<int32_t>(lut6(x, y) * 511.0f), 0, 511));
        erode8(x, y) = min(min(min(min(lut7(x, y), lut7(x - 1, y)), lut7(x + 1, y)), lut7(x, y - 1)), lut7(x, y + 1));
        output(x, y) = cast<uint16_t>(clamp(erode8(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1920}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 512}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            erode8.compute_root().vectorize(x, 16).parallel(y);
            blur5_x.compute_root().vectorize(x, 8).parallel(y);
            red4.compute_root().vectorize(x, 8);
            mean3.compute_root().vectorize(x, 8);
            mean3.update(0).vectorize(x, 16);
            mean3.update(1).vectorize(x, 16);
            lut2.compute_root().vectorize(x, 8).parallel(y);
            hist1.compute_root();
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp513, rp_513)
