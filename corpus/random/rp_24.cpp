// Random pipeline (seed 24): 6 stages over image3d 1280x1024x3 uint8 input.
// Steps: boundary, boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp24 : public Generator<Rp24> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, erode2{"erode2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        erode2(x, y, c) = min(min(min(min(in1(x, y, c), in1(x - 1, y, c)), in1(x + 1, y, c)), in1(x, y - 1, c)), in1(x, y + 1, c));
        output(x, y, c) = cast<uint8_t>(clamp(((cast<float>(erode2(x, y, c)) * 0.003922f) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            in1.compute_at(output, xo).vectorize(x, 8);
            in0.compute_at(output, xo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp24, rp_24)
