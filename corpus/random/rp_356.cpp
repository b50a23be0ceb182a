// Random pipeline (seed 356): 9 stages over image2d 4096x1920 uint8 input.
// Steps: boundary, boundary, stencil, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp356 : public Generator<Rp356> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, grad2{"grad2"}, box3{"box3"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        grad2(x, y) = sqrt(((cast<float>(in1(x + 1, y)) * 0.003922f) - (cast<float>(in1(x - 1, y)) * 0.003922f)) * ((cast<float>(in1(x + 1, y)) * 0.003922f) - (cast<float>(in1(x - 1, y)) * 0.003922f)) + ((cast<float>(in1(x, y + 1)) * 0.003922f) - (cast<float>(in1(x, y - 1)) * 0.003922f)) * ((cast<float>(in1(x, y + 1)) * 0.003922f) - (cast<float>(in1(x, y - 1)) * 0.003922f)));
        box3(x, y) = ((cast<float>(in1(x - 1, y - 1)) * 0.003922f) + (cast<float>(in1(x, y - 1)) * 0.003922f) + (cast<float>(in1(x + 1, y - 1)) * 0.003922f) + (cast<float>(in1(x - 1, y)) * 0.003922f) + (cast<float>(in1(x, y)) * 0.003922f) + (cast<float>(in1(x + 1, y)) * 0.003922f) + (cast<float>(in1(x - 1, y + 1)) * 0.003922f) + (cast<float>(in1(x, y + 1)) * 0.003922f) + (cast<float>(in1(x + 1, y + 1)) * 0.003922f)) * 0.111111f;
        output(x, y) = cast<int16_t>(clamp((box3(x, y) + (cast<float>(in0(x, y)) * 0.003922f) + grad2(x, y)) * 0.333333f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1920}});
        input2.set_estimates({{0, 4096}, {0, 1920}});
        output.set_estimates({{0, 4096}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            box3.compute_at(output, xo).vectorize(x, 16);
            grad2.compute_at(output, yo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp356, rp_356)
