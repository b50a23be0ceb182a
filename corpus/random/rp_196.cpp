// Random pipeline (seed 196): 20 stages over image2d 384x1280 uint8 input.
// Steps: boundary, slice, lut, separable, binary, boundary, downsample, reduction, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp196 : public Generator<Rp196> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red8;
    Func in0{"in0"}, slice1{"slice1"}, curve2{"curve2"}, lut3{"lut3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func mn5{"mn5"}, pad6{"pad6"}, down7_x{"down7_x"}, down7_y{"down7_y"}, red8{"red8"}, up9_x{"up9_x"};
    Func up9_y{"up9_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        slice1(y) = in0(179, y);
        curve2(x) = sqrt(cast<float>(x) * 0.003922f);
        lut3(y) = curve2(clamp(cast<int32_t>(slice1(y)) * 256 / 256, 0, 255));
        blur4_x(x, y) = cast<int32_t>(in0(x - 1, y)) + 3 * cast<int32_t>(in0(x, y)) + 3 * cast<int32_t>(in0(x + 1, y)) + cast<int32_t>(in0(x + 2, y));
        blur4_y(x, y) = cast<uint8_t>((blur4_x(x, y - 1) + 3 * blur4_x(x, y) + 3 * blur4_x(x, y + 1) + blur4_x(x, y + 2)) / 64);
        mn5(x, y) = min((cast<float>(blur4_y(x, y)) * 0.003922f), lut3(y));
        pad6(x, y) = BoundaryConditions::constant_exterior(mn5, 0.0f, {{0, 384}, {0, 1280}})(x, y);
        down7_x(x, y) = (pad6(2 * x - 1, y) + 3.0f * pad6(2 * x, y) + 3.0f * pad6(2 * x + 1, y) + pad6(2 * x + 2, y)) * 0.125f;
        down7_y(x, y) = (down7_x(x, 2 * y - 1) + 3.0f * down7_x(x, 2 * y) + 3.0f * down7_x(x, 2 * y + 1) + down7_x(x, 2 * y + 2)) * 0.125f;
        r_red8 = RDom(0, 192, "r_red8");
        red8(y) = sum(down7_y(r_red8.x, y)) * 0.005208f;
        up9_x(x, y) = 0.25f * down7_y((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * down7_y(x / 2, y);
        up9_y(x, y) = 0.25f * up9_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up9_x(x, y / 2);
        output(x, y) = cast<uint8_t>(clamp((up9_y(x, y) + red8(y / 2)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1280}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 384}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            up9_y.compute_root().vectorize(x, 16).parallel(y);
            up9_x.compute_at(up9_y, y).vectorize(x, 8);
            red8.compute_root().parallel(y);
            down7_x.compute_root().vectorize(x, 16).parallel(y);
            mn5.compute_root().vectorize(x, 16).parallel(y);
            blur4_x.compute_at(mn5, y).vectorize(x, 8);
            curve2.compute_root().vectorize(x, 8);
            slice1.compute_root().parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp196, rp_196)
