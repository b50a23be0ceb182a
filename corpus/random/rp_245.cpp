// Random pipeline (seed 245): 13 stages over image2d 2048x1920 uint16 input.
// Steps: boundary, boundary, pointwise, reduction, reindex, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp245 : public Generator<Rp245> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_rmax3;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, rmax3{"rmax3"}, flip4{"flip4"}, curve5{"curve5"};
    Func lut6{"lut6"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        pw2(x, y) = pow(abs((cast<float>(in1(x, y)) * 0.003922f)) + 0.001f, 0.4545f);
        r_rmax3 = RDom(1, 2047, "r_rmax3");
        rmax3(y) = pw2(0, y);
        rmax3(y) = max(rmax3(y), pw2(r_rmax3.x, y));
        flip4(x, y) = in0(x, 1919 - y);
        curve5(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut6(x, y) = curve5(clamp(cast<int32_t>(flip4(x, y)) / 256, 0, 255));
        output(x, y) = cast<uint16_t>(clamp((lut6(x, y) + rmax3(y)) * 0.5f * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1920}});
        input2.set_estimates({{0, 2048}, {0, 1920}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 2048}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            curve5.compute_root().vectorize(x, 8);
            flip4.compute_root().vectorize(x, 8).parallel(y);
            rmax3.compute_root().parallel(y);
            rmax3.update(0).vectorize(y, 8);
            pw2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp245, rp_245)
