// Random pipeline (seed 216): 3 stages over image3d 2560x2048x3 uint16 input.
// Steps: boundary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp216 : public Generator<Rp216> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, avg1{"avg1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        avg1(x, y, c) = ((cast<float>(in0(x, y, c)) * 0.000015f) + (cast<float>(in0(x + 1, y, c)) * 0.000015f)) * 0.5f;
        output(x, y, c) = cast<uint16_t>(clamp(avg1(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 2048}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            in0.compute_at(output, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp216, rp_216)
