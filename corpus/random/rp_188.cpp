// Random pipeline (seed 188): 7 stages over tensor4d 28x28x64x4 uint8 input.
// Steps: boundary, binary, reindex, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp188 : public Generator<Rp188> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, mn1{"mn1"}, shift2{"shift2"}, act3{"act3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        mn1(x, y, c, n) = min(in0(x, y, c, n), in0(x + 1, y, c, n));
        shift2(x, y, c, n) = mn1(x + 2, y - 4, c, n);
        act3(x, y, c, n) = max(shift2(x, y, c, n), cast<uint8_t>(0));
        output(x, y, c, n) = act3(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 4}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            act3.compute_at(output, n).vectorize(x, 8);
            mn1.compute_at(act3, c).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp188, rp_188)
