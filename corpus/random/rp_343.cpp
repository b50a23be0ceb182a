// Random pipeline (seed 343): 6 stages over tensor4d 56x56x16x8 uint8 input.
// Steps: boundary, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp343 : public Generator<Rp343> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        curve1(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut2(x, y, c, n) = curve1(clamp(cast<int32_t>(in0(x, y, c, n)) * 1024 / 256, 0, 1023));
        output(x, y, c, n) = cast<int16_t>(clamp(lut2(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 16}, {0, 8}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            curve1.compute_root().vectorize(x, 8);
            in0.compute_at(output, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp343, rp_343)
