// Random pipeline (seed 463): 4 stages over image2d 2048x3072 uint16 input.
// Steps: boundary, reindex, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp463 : public Generator<Rp463> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, shift1{"shift1"}, pw2{"pw2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        shift1(x, y) = in0(x + 5, y - 1);
        pw2(x, y) = min(shift1(x, y), 100);
        output(x, y) = pw2(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 3072}});
        output.set_estimates({{0, 2048}, {0, 3072}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pw2.compute_at(output, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp463, rp_463)
