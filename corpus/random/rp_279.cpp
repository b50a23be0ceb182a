// Random pipeline (seed 279): 5 stages over tensor3d 64x64x24 int16 input.
// Steps: boundary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp279 : public Generator<Rp279> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, diff1{"diff1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        diff1(x, y, c) = absd((cast<float>(in0(x, y, c)) * 0.000031f), (cast<float>(in0(x + 1, y, c)) * 0.000031f));
        output(x, y, c) = cast<int16_t>(clamp(diff1(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 24}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 24}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            diff1.compute_at(output, c).vectorize(x, 16);
            in0.compute_at(diff1, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp279, rp_279)
