// Random pipeline (seed 51): 8 stages over image2d 640x1536 int16 input.
// Steps: boundary, slice, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp51 : public Generator<Rp51> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, slice1{"slice1"}, curve2{"curve2"}, lut3{"lut3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        slice1(y) = in0(113, y);
        curve2(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut3(y) = curve2(clamp(cast<int32_t>(slice1(y)) / 256 + 128, 0, 255));
        output(y) = cast<int16_t>(clamp(lut3(y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1536}});
        output.set_estimates({{0, 1536}});

        if (!auto_schedule) {
            output.parallel(y);
            lut3.compute_root().parallel(y);
            slice1.compute_at(lut3, y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp51, rp_51)
