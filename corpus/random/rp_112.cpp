// Random pipeline (seed 112): 4 stages over image2d 256x512 uint8 input.
// Steps: boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp112 : public Generator<Rp112> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        output(x, y) = cast<int16_t>(clamp((cast<float>(in0(x, y)) * 0.003922f) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 512}});
        output.set_estimates({{0, 256}, {0, 512}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp112, rp_112)
