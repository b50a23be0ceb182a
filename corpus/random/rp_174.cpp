// Random pipeline (seed 174): 5 stages over image3d 1920x1280x3 uint16 input.
// Steps: boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp174 : public Generator<Rp174> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, pw1{"pw1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        pw1(x, y, c) = sin((cast<float>(in0(x, y, c)) * 0.000015f)) * 0.5f + 0.5f;
        output(x, y, c) = cast<uint16_t>(clamp(pw1(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 1920}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pw1.compute_at(output, c).vectorize(x, 8);
            in0.compute_at(pw1, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp174, rp_174)
