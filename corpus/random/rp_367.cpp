// Random pipeline (seed 367): 3 stages over tensor4d 16x16x32x4 float input.
// Steps: boundary, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp367 : public Generator<Rp367> {
public:
    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, cvt1{"cvt1"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        cvt1(x, y, c, n) = cast<uint8_t>(clamp(in0(x, y, c, n) * 255.0f, 0.0f, 255.0f));
        output(x, y, c, n) = (cast<float>(cvt1(x, y, c, n)) * 0.003922f);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 4}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            cvt1.compute_at(output, n).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp367, rp_367)
