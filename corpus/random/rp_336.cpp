// Random pipeline (seed 336): 9 stages over image3d 384x1536x3 uint8 input.
// Steps: boundary, boundary, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp336 : public Generator<Rp336> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        cvt2(x, y) = (cast<float>(in1(x, y)) * 0.003922f);
        output(x, y, c) = cast<uint8_t>(clamp((cvt2(x, y) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}, {0, 3}});
        input2.set_estimates({{0, 384}, {0, 1536}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 384}, {0, 1536}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            cvt2.compute_at(output, yo).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp336, rp_336)
