// Random pipeline (seed 7): 5 stages over image2d 768x1920 float input.
// Steps: boundary, stencil, activation, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp7 : public Generator<Rp7> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, grad1{"grad1"}, act2{"act2"}, box3{"box3"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        grad1(x, y) = sqrt((in0(x + 1, y) - in0(x - 1, y)) * (in0(x + 1, y) - in0(x - 1, y)) + (in0(x, y + 1) - in0(x, y - 1)) * (in0(x, y + 1) - in0(x, y - 1)));
        act2(x, y) = clamp(grad1(x, y) * 6.0f, 0.0f, 6.0f);
        box3(x, y) = (act2(x - 1, y - 1) + act2(x, y - 1) + act2(x + 1, y - 1) + act2(x - 1, y) + act2(x, y) + act2(x + 1, y) + act2(x - 1, y + 1) + act2(x, y + 1) + act2(x + 1, y + 1)) * 0.111111f;
        output(x, y) = cast<uint8_t>(clamp(box3(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1920}});
        output.set_estimates({{0, 768}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            box3.compute_at(output, yo).vectorize(x, 16);
            act2.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(act2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp7, rp_7)
