// Random pipeline (seed 142): 3 stages over image2d 512x1280 uint16 input.
// Steps: boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp142 : public Generator<Rp142> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, pw1{"pw1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        pw1(x, y) = max(in0(x, y), 8) - 8;
        output(x, y) = (cast<float>(pw1(x, y)) * 0.000015f);
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1280}});
        output.set_estimates({{0, 512}, {0, 1280}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            pw1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(pw1, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp142, rp_142)
