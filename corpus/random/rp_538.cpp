// Random pipeline (seed 538): 11 stages over image2d 2048x4096 uint8 input.
// Steps: boundary, boundary, binary, slice, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp538 : public Generator<Rp538> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, add2{"add2"}, slice3{"slice3"}, down4{"down4"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        add2(x, y) = in1(x, y) / 2 + in0(x, y) / 2;
        slice3(x) = add2(x, 1177);
        down4(x, y) = ((cast<float>(add2(2 * x, 2 * y)) * 0.003922f) + (cast<float>(add2(2 * x + 1, 2 * y)) * 0.003922f) + (cast<float>(add2(2 * x, 2 * y + 1)) * 0.003922f) + (cast<float>(add2(2 * x + 1, 2 * y + 1)) * 0.003922f)) * 0.25f;
        output(x, y) = cast<uint8_t>(clamp((down4(x, y) + (cast<float>(slice3(x * 2)) * 0.003922f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 4096}});
        input2.set_estimates({{0, 2048}, {0, 4096}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1024}, {0, 2048}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            down4.compute_root().vectorize(x, 16).parallel(y);
            slice3.compute_at(output, y).vectorize(x, 8);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp538, rp_538)
