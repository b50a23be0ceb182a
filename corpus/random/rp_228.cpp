// Random pipeline (seed 228): 9 stages over image2d 1536x512 int16 input.
// Steps: boundary, boundary, binary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp228 : public Generator<Rp228> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, avg2{"avg2"}, lap3{"lap3"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        avg2(x, y) = ((cast<float>(in1(x, y)) * 0.000015f) + (cast<float>(in0(x, y)) * 0.000031f)) * 0.5f;
        lap3(x, y) = avg2(x - 1, y) + avg2(x + 1, y) + avg2(x, y - 1) + avg2(x, y + 1) - 4.0f * avg2(x, y);
        output(x, y) = cast<int16_t>(clamp(lap3(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 512}});
        input2.set_estimates({{0, 1536}, {0, 512}});
        output.set_estimates({{0, 1536}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            lap3.compute_at(output, yo).vectorize(x, 16);
            avg2.compute_at(lap3, y).vectorize(x, 8);
            in0.compute_at(avg2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp228, rp_228)
