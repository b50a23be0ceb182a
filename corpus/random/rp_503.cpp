// Random pipeline (seed 503): 9 stages over image2d 256x256 uint16 input.
// Steps: boundary, downsample, activation, separable, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp503 : public Generator<Rp503> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, down1{"down1"}, act2{"act2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, pw4{"pw4"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        down1(x, y) = ((cast<float>(in0(2 * x, 2 * y)) * 0.000015f) + (cast<float>(in0(2 * x + 1, 2 * y)) * 0.000015f) + (cast<float>(in0(2 * x, 2 * y + 1)) * 0.000015f) + (cast<float>(in0(2 * x + 1, 2 * y + 1)) * 0.000015f)) * 0.25f;
        act2(x, y) = log(1.0f + exp(down1(x, y)));
        blur3_x(x, y) = (act2(x - 2, y) + 4.0f * act2(x - 1, y) + 6.0f * act2(x, y) + 4.0f * act2(x + 1, y) + act2(x + 2, y)) * 0.0625f;
        blur3_y(x, y) = (blur3_x(x, y - 2) + 4.0f * blur3_x(x, y - 1) + 6.0f * blur3_x(x, y) + 4.0f * blur3_x(x, y + 1) + blur3_x(x, y + 2)) * 0.0625f;
        pw4(x, y) = sqrt(abs(blur3_y(x, y)) + 1.0f);
        output(x, y) = cast<uint16_t>(clamp(pw4(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 128}, {0, 128}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            blur3_y.compute_root().vectorize(x, 8).parallel(y);
            blur3_x.compute_at(blur3_y, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp503, rp_503)
