// Random pipeline (seed 330): 11 stages over image3d 1536x3072x3 uint8 input.
// Steps: boundary, boundary, binary, activation, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp330 : public Generator<Rp330> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, in1{"in1"}, blend2{"blend2"}, act3{"act3"}, grad4{"grad4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        blend2(x, y, c) = lerp((cast<float>(in0(x, y, c)) * 0.003922f), (cast<float>(in1(x, y)) * 0.003922f), 0.3f);
        act3(x, y, c) = max(blend2(x, y, c) - 0.25f, 0.0f);
        grad4(x, y, c) = sqrt((act3(x + 1, y, c) - act3(x - 1, y, c)) * (act3(x + 1, y, c) - act3(x - 1, y, c)) + (act3(x, y + 1, c) - act3(x, y - 1, c)) * (act3(x, y + 1, c) - act3(x, y - 1, c)));
        output(x, y, c) = cast<uint8_t>(clamp(grad4(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 3072}, {0, 3}});
        input2.set_estimates({{0, 1536}, {0, 3072}});
        output.set_estimates({{0, 1536}, {0, 3072}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            grad4.compute_at(output, y).vectorize(x, 8);
            act3.compute_at(grad4, y).vectorize(x, 8);
            in1.compute_at(act3, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp330, rp_330)
