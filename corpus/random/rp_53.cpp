// Random pipeline (seed 53): 16 stages over image3d 1280x512x3 float input.
// Steps: boundary, reindex, pointwise, lut, reindex, binary, activation, pointwise, separable, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp53 : public Generator<Rp53> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, flip1{"flip1"}, pw2{"pw2"}, curve3{"curve3"}, lut4{"lut4"}, flip5{"flip5"};
    Func mul6{"mul6"}, act7{"act7"}, pw8{"pw8"}, blur9_x{"blur9_x"}, blur9_y{"blur9_y"}, down10{"down10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        flip1(x, y, c) = in0(x, 511 - y, c);
        pw2(x, y, c) = flip1(x, y, c) / (1.0f + abs(flip1(x, y, c))) * gain;
        curve3(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut4(x, y, c) = curve3(clamp(cast<int32_t>(pw2(x, y, c) * 1023.0f), 0, 1023));
        flip5(x, y, c) = lut4(1279 - x, y, c);
        mul6(x, y, c) = flip5(x, y, c) * lut4(x, y, c);
        act7(x, y, c) = 1.0f / (1.0f + exp(-mul6(x, y, c)));
        pw8(x, y, c) = sin(act7(x, y, c)) * 0.5f + 0.5f;
        blur9_x(x, y, c) = (pw8(x - 2, y, c) + 4.0f * pw8(x - 1, y, c) + 6.0f * pw8(x, y, c) + 4.0f * pw8(x + 1, y, c) + pw8(x + 2, y, c)) * 0.0625f;
        blur9_y(x, y, c) = (blur9_x(x, y - 2, c) + 4.0f * blur9_x(x, y - 1, c) + 6.0f * blur9_x(x, y, c) + 4.0f * blur9_x(x, y + 1, c) + blur9_x(x, y + 2, c)) * 0.0625f;
        down10(x, y, c) = (blur9_y(2 * x, 2 * y, c) + blur9_y(2 * x + 1, 2 * y, c) + blur9_y(2 * x, 2 * y + 1, c) + blur9_y(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        output(x, y, c) = down10(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 512}, {0, 3}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 640}, {0, 256}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            down10.compute_at(output, yo).vectorize(x, 16);
            blur9_y.compute_root().vectorize(x, 8).parallel(y);
            blur9_x.compute_at(blur9_y, y).vectorize(x, 8);
            pw8.compute_at(blur9_x, c).vectorize(x, 16);
            act7.compute_root().vectorize(x, 16).parallel(y);
            flip5.compute_root().vectorize(x, 8).parallel(y);
            curve3.compute_root().vectorize(x, 16);
            flip1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp53, rp_53)
