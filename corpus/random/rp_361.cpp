// Random pipeline (seed 361): 3 stages over image3d 1536x768x4 uint8 input.
// Steps: boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp361 : public Generator<Rp361> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, lap1{"lap1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        lap1(x, y, c) = (cast<float>(in0(x - 1, y, c)) * 0.003922f) + (cast<float>(in0(x + 1, y, c)) * 0.003922f) + (cast<float>(in0(x, y - 1, c)) * 0.003922f) + (cast<float>(in0(x, y + 1, c)) * 0.003922f) - 4.0f * (cast<float>(in0(x, y, c)) * 0.003922f);
        output(x, y, c) = cast<uint8_t>(clamp(lap1(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 768}, {0, 4}});
        output.set_estimates({{0, 1536}, {0, 768}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            lap1.compute_at(output, xo).vectorize(x, 8);
            in0.compute_at(lap1, c).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp361, rp_361)
