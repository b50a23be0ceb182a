// Random pipeline (seed 148): 10 stages over image2d 2560x3072 int16 input.
// Steps: boundary, boundary, transpose, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp148 : public Generator<Rp148> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, tr2{"tr2"}, blend3{"blend3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        tr2(x, y) = in1(y, x);
        blend3(x, y) = lerp((cast<float>(tr2(x, y)) * 0.000031f), (cast<float>(in0(x * 5 / 6, y * 6 / 5)) * 0.000031f), 0.3f);
        output(x, y) = cast<uint8_t>(clamp(blend3(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 3072}});
        input2.set_estimates({{0, 2560}, {0, 3072}});
        output.set_estimates({{0, 3072}, {0, 2560}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            blend3.compute_at(output, y).vectorize(x, 8);
            tr2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(blend3, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp148, rp_148)
