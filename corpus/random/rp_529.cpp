// Random pipeline (seed 529): 6 stages over image3d 256x512x3 uint8 input.
// Steps: boundary, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp529 : public Generator<Rp529> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, tr1{"tr1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        tr1(x, y, c) = in0(y, x, c);
        output(x, y, c) = tr1(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 512}, {0, 3}});
        output.set_estimates({{0, 512}, {0, 256}, {0, 3}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            tr1.compute_at(output, yo).vectorize(x, 16);
            in0.compute_at(tr1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp529, rp_529)
