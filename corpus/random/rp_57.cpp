// Random pipeline (seed 57): 6 stages over image2d 4096x1536 int16 input.
// Steps: boundary, boundary, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp57 : public Generator<Rp57> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, tr2{"tr2"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        tr2(x, y) = in0(y, x);
        output(x, y) = cast<int16_t>(clamp(((cast<float>(tr2(x, y)) * 0.000031f) + (cast<float>(in1(x * 8 / 3, y * 3 / 8)) * 0.000031f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1536}});
        input2.set_estimates({{0, 4096}, {0, 1536}});
        output.set_estimates({{0, 1536}, {0, 4096}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp57, rp_57)
