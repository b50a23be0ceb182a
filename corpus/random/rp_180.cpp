// Random pipeline (seed 180): 8 stages over image2d 640x768 uint8 input.
// Steps: boundary, boundary, stencil, stencil, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp180 : public Generator<Rp180> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, box2{"box2"}, lap3{"lap3"}, act4{"act4"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        box2(x, y) = ((cast<float>(in1(x - 1, y - 1)) * 0.003922f) + (cast<float>(in1(x, y - 1)) * 0.003922f) + (cast<float>(in1(x + 1, y - 1)) * 0.003922f) + (cast<float>(in1(x - 1, y)) * 0.003922f) + (cast<float>(in1(x, y)) * 0.003922f) + (cast<float>(in1(x + 1, y)) * 0.003922f) + (cast<float>(in1(x - 1, y + 1)) * 0.003922f) + (cast<float>(in1(x, y + 1)) * 0.003922f) + (cast<float>(in1(x + 1, y + 1)) * 0.003922f)) * 0.111111f;
        lap3(x, y) = box2(x - 1, y) + box2(x + 1, y) + box2(x, y - 1) + box2(x, y + 1) - 4.0f * box2(x, y);
        act4(x, y) = log(1.0f + exp(lap3(x, y)));
        output(x, y) = cast<uint8_t>(clamp((act4(x, y) + (cast<float>(in0(x, y)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 768}});
        input2.set_estimates({{0, 640}, {0, 768}});
        output.set_estimates({{0, 640}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            lap3.compute_root().vectorize(x, 16).parallel(y);
            box2.compute_at(lap3, y).vectorize(x, 8);
            in0.compute_at(output, xo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp180, rp_180)
