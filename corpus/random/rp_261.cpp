// Random pipeline (seed 261): 6 stages over image2d 768x2560 uint8 input.
// Steps: boundary, transpose, boundary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp261 : public Generator<Rp261> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, tr1{"tr1"}, pad2{"pad2"}, lap3{"lap3"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        tr1(x, y) = in0(y, x);
        pad2(x, y) = BoundaryConditions::mirror_interior(tr1, {{0, 2560}, {0, 768}})(x, y);
        lap3(x, y) = (cast<float>(pad2(x - 1, y)) * 0.003922f) + (cast<float>(pad2(x + 1, y)) * 0.003922f) + (cast<float>(pad2(x, y - 1)) * 0.003922f) + (cast<float>(pad2(x, y + 1)) * 0.003922f) - 4.0f * (cast<float>(pad2(x, y)) * 0.003922f);
        output(x, y) = lap3(x, y) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 2560}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 2560}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            lap3.compute_at(output, xo).vectorize(x, 16);
            pad2.compute_at(lap3, y).vectorize(x, 16);
            tr1.compute_at(pad2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp261, rp_261)
