// Random pipeline (seed 445): 3 stages over image2d 768x1024 uint8 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp445 : public Generator<Rp445> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, grad1{"grad1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        grad1(x, y) = sqrt(((cast<float>(in0(x + 1, y)) * 0.003922f) - (cast<float>(in0(x - 1, y)) * 0.003922f)) * ((cast<float>(in0(x + 1, y)) * 0.003922f) - (cast<float>(in0(x - 1, y)) * 0.003922f)) + ((cast<float>(in0(x, y + 1)) * 0.003922f) - (cast<float>(in0(x, y - 1)) * 0.003922f)) * ((cast<float>(in0(x, y + 1)) * 0.003922f) - (cast<float>(in0(x, y - 1)) * 0.003922f)));
        output(x, y) = cast<uint8_t>(clamp(grad1(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1024}});
        output.set_estimates({{0, 768}, {0, 1024}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            grad1.compute_at(output, y).vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp445, rp_445)
