// Random pipeline (seed 498): 3 stages over image2d 512x640 uint8 input.
// Steps: boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp498 : public Generator<Rp498> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        pw1(x, y) = (cast<float>(in0(x, y)) * 0.003922f) / (1.0f + abs((cast<float>(in0(x, y)) * 0.003922f)));
        output(x, y) = cast<uint8_t>(clamp(pw1(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 640}});
        output.set_estimates({{0, 512}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            pw1.compute_at(output, yo).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp498, rp_498)
