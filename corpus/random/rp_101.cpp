// Random pipeline (seed 101): 16 stages over image2d 2560x1024 float input.
// Steps: boundary, boundary, separable, stencil, activation, lut, binary, lut, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp101 : public Generator<Rp101> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, grad3{"grad3"}, act4{"act4"};
    Func curve5{"curve5"}, lut6{"lut6"}, blend7{"blend7"}, curve8{"curve8"}, lut9{"lut9"}, down10{"down10"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        blur2_x(x, y) = (in0(x - 1, y) + 3.0f * in0(x, y) + 3.0f * in0(x + 1, y) + in0(x + 2, y)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        grad3(x, y) = sqrt(((cast<float>(in1(x + 1, y)) * 0.003922f) - (cast<float>(in1(x - 1, y)) * 0.003922f)) * ((cast<float>(in1(x + 1, y)) * 0.003922f) - (cast<float>(in1(x - 1, y)) * 0.003922f)) + ((cast<float>(in1(x, y + 1)) * 0.003922f) - (cast<float>(in1(x, y - 1)) * 0.003922f)) * ((cast<float>(in1(x, y + 1)) * 0.003922f) - (cast<float>(in1(x, y - 1)) * 0.003922f)));
        act4(x, y) = max(grad3(x, y) - 0.25f, 0.0f);
        curve5(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut6(x, y) = curve5(clamp(cast<int32_t>(act4(x, y) * 255.0f), 0, 255));
        blend7(x, y) = lerp(lut6(x, y), blur2_y(x, y), 0.3f);
        curve8(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut9(x, y) = curve8(clamp(cast<int32_t>(grad3(x, y) * 1023.0f), 0, 1023));
        down10(x, y) = (lut9(2 * x, 2 * y) + lut9(2 * x + 1, 2 * y) + lut9(2 * x, 2 * y + 1) + lut9(2 * x + 1, 2 * y + 1)) * 0.25f;
        output(x, y) = (down10(x, y) + blend7(x * 2, y * 2)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1024}});
        input2.set_estimates({{0, 2560}, {0, 1024}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1280}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            down10.compute_at(output, yo).vectorize(x, 16);
            lut9.compute_root().vectorize(x, 8).parallel(y);
            curve8.compute_root().vectorize(x, 8);
            curve5.compute_root().vectorize(x, 16);
            grad3.compute_root().vectorize(x, 16).parallel(y);
            blur2_y.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp101, rp_101)
