// Random pipeline (seed 145): 7 stages over image2d 384x256 uint8 input.
// Steps: boundary, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp145 : public Generator<Rp145> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        output(x, y) = cast<uint8_t>(clamp((in1(x, y) + (cast<float>(in0(x, y)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 256}});
        input2.set_estimates({{0, 384}, {0, 256}});
        output.set_estimates({{0, 384}, {0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp145, rp_145)
