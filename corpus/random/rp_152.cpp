// Random pipeline (seed 152): 5 stages over image2d 4096x4096 uint8 input.
// Steps: boundary, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp152 : public Generator<Rp152> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, down1{"down1"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        down1(x, y) = ((cast<float>(in0(2 * x, 2 * y)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y)) * 0.003922f) + (cast<float>(in0(2 * x, 2 * y + 1)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y + 1)) * 0.003922f)) * 0.25f;
        output(x, y) = down1(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 4096}});
        output.set_estimates({{0, 2048}, {0, 2048}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            down1.compute_at(output, yi).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp152, rp_152)
