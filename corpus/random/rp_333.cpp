// Random pipeline (seed 333): 19 stages over image3d 1920x768x4 uint8 input.
// Steps: boundary, lut, separable, lut, lut, histogram, lut, pointwise, downsample, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp333 : public Generator<Rp333> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_hist7, r_rmax11;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, curve4{"curve4"};
    Func lut5{"lut5"}, lut6{"lut6"}, hist7{"hist7"}, lut8{"lut8"}, pw9{"pw9"}, down10{"down10"};
    Func rmax11{"rmax11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        curve1(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut2(x, y, c) = curve1(clamp(cast<int32_t>(in0(x, y, c)) * 1024 / 256, 0, 1023));
        blur3_x(x, y, c) = (lut2(x - 1, y, c) + 3.0f * lut2(x, y, c) + 3.0f * lut2(x + 1, y, c) + lut2(x + 2, y, c)) * 0.125f;
        blur3_y(x, y, c) = (blur3_x(x, y - 1, c) + 3.0f * blur3_x(x, y, c) + 3.0f * blur3_x(x, y + 1, c) + blur3_x(x, y + 2, c)) * 0.125f;
        curve4(x) = sqrt(cast<float>(x) * 0.003922f);
        lut5(x, y, c) = curve4(clamp(cast<int32_t>(blur3_y(x, y, c) * 255.0f), 0, 255));
        lut6(x, y, c) = curve1(clamp(cast<int32_t>(lut5(x, y, c) * 1023.0f), 0, 1023));
        r_hist7 = RDom(0, 1920, 0, 768, 0, 4, "r_hist7");
        hist7(x) = 0;
        hist7(clamp(cast<int32_t>(lut6(r_hist7.x, r_hist7.y, r_hist7.z) * 63.0f), 0, 63)) += 1;
        lut8(x, y, c) = (cast<float>(hist7(clamp(cast<int32_t>(lut5(x, y, c) * 63.0f), 0, 63))) * 0.000977f);
        pw9(x, y, c) = log(abs(lut8(x, y, c)) + 1.0f);
        down10(x, y, c) = (pw9(2 * x, 2 * y, c) + pw9(2 * x + 1, 2 * y, c) + pw9(2 * x, 2 * y + 1, c) + pw9(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        r_rmax11 = RDom(1, 959, "r_rmax11");
        rmax11(y, c) = down10(0, y, c);
        rmax11(y, c) = max(rmax11(y, c), down10(r_rmax11.x, y, c));
        output(y, c) = cast<uint8_t>(clamp(rmax11(y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 768}, {0, 4}});
        output.set_estimates({{0, 384}, {0, 4}});

        if (!auto_schedule) {
            output.parallel(c);
            rmax11.compute_root().parallel(c);
            rmax11.update(0).vectorize(y, 8);
            lut8.compute_root().vectorize(x, 16).parallel(c);
            hist7.compute_root();
            curve4.compute_root().vectorize(x, 8);
            blur3_y.compute_root().vectorize(x, 8).parallel(c);
            blur3_x.compute_root().vectorize(x, 8).parallel(c);
            curve1.compute_root().vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp333, rp_333)
