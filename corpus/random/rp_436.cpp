// Random pipeline (seed 436): 6 stages over image3d 384x640x4 float input.
// Steps: boundary, boundary, upsample, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp436 : public Generator<Rp436> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, act3{"act3"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        up2_x(x, y) = 0.25f * (cast<float>(in1((x / 2) - 1 + 2 * (x % 2), y)) * 0.003922f) + 0.75f * (cast<float>(in1(x / 2, y)) * 0.003922f);
        up2_y(x, y) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up2_x(x, y / 2);
        act3(x, y) = max(up2_y(x, y) - 0.25f, 0.0f);
        output(x, y, c) = cast<uint8_t>(clamp((act3(x, y) + in0(x / 2, y / 2, c)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 640}, {0, 4}});
        input2.set_estimates({{0, 384}, {0, 640}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 768}, {0, 1280}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            up2_y.compute_at(output, c).vectorize(x, 8);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp436, rp_436)
