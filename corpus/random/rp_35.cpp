// Random pipeline (seed 35): 7 stages over image3d 1024x1920x4 uint8 input.
// Steps: boundary, cast, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp35 : public Generator<Rp35> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"}, act2{"act2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        cvt1(x, y, c) = cast<int16_t>(clamp((cast<float>(in0(x, y, c)) * 0.003922f) * 32767.0f, -32768.0f, 32767.0f));
        act2(x, y, c) = 1.0f / (1.0f + exp(-(cast<float>(cvt1(x, y, c)) * 0.000031f)));
        output(x, y, c) = cast<uint8_t>(clamp(act2(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1920}, {0, 4}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1024}, {0, 1920}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            act2.compute_root().vectorize(x, 8).parallel(c);
            cvt1.compute_at(act2, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp35, rp_35)
