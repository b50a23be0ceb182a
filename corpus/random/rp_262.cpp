// Random pipeline (seed 262): 7 stages over image3d 1280x512x4 uint8 input.
// Steps: boundary, cast, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp262 : public Generator<Rp262> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"}, pw2{"pw2"}, mn3{"mn3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        cvt1(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f);
        pw2(x, y, c) = floor(cvt1(x, y, c) * 8.0f) * 0.125f;
        mn3(x, y, c) = min(pw2(x, y, c), cvt1(x, y, c));
        output(x, y, c) = cast<uint8_t>(clamp(mn3(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 512}, {0, 4}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 1280}, {0, 512}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            mn3.compute_at(output, c).vectorize(x, 8);
            pw2.compute_at(mn3, y).vectorize(x, 8);
            cvt1.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp262, rp_262)
