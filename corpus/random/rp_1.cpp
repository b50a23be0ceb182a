// Random pipeline (seed 1): 8 stages over image2d 1280x512 uint16 input.
// Steps: boundary, boundary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp1 : public Generator<Rp1> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, blend2{"blend2"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        blend2(x, y) = lerp((cast<float>(in1(x, y)) * 0.000015f), (cast<float>(in0(x, y)) * 0.000015f), 0.3f);
        output(x, y) = blend2(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 512}});
        input2.set_estimates({{0, 1280}, {0, 512}});
        output.set_estimates({{0, 1280}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            in1.compute_at(output, yo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp1, rp_1)
