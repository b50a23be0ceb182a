// Random pipeline (seed 405): 7 stages over image2d 2560x768 uint16 input.
// Steps: boundary, boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp405 : public Generator<Rp405> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint16_t>(0))(x, y);
        pw2(x, y) = log(abs((cast<float>(in0(x, y)) * 0.000015f)) + 1.0f);
        output(x, y) = cast<uint16_t>(clamp((pw2(x, y) + (cast<float>(in1(x, y)) * 0.000015f)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 768}});
        input2.set_estimates({{0, 2560}, {0, 768}});
        output.set_estimates({{0, 2560}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            pw2.compute_at(output, yo).vectorize(x, 16);
            in1.compute_at(output, xo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp405, rp_405)
