// Random pipeline (seed 432): 9 stages over image3d 1280x3072x3 uint16 input.
// Steps: boundary, binary, binary, stencil, pointwise, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp432 : public Generator<Rp432> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, mx1{"mx1"}, diff2{"diff2"}, box3{"box3"}, pw4{"pw4"}, tr5{"tr5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        mx1(x, y, c) = max(in0(x, y, c), in0(x + 1, y, c));
        diff2(x, y, c) = absd((cast<float>(mx1(x, y, c)) * 0.000015f), (cast<float>(in0(x, y, c)) * 0.000015f));
        box3(x, y, c) = (diff2(x - 1, y - 1, c) + diff2(x, y - 1, c) + diff2(x + 1, y - 1, c) + diff2(x - 1, y, c) + diff2(x, y, c) + diff2(x + 1, y, c) + diff2(x - 1, y + 1, c) + diff2(x, y + 1, c) + diff2(x + 1, y + 1, c)) * 0.111111f;
        pw4(x, y, c) = box3(x, y, c) / (1.0f + abs(box3(x, y, c)));
        tr5(x, y, c) = pw4(y, x, c);
        output(x, y, c) = cast<uint16_t>(clamp(tr5(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 3072}, {0, 3}});
        output.set_estimates({{0, 3072}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            tr5.compute_at(output, c).vectorize(x, 8);
            box3.compute_at(tr5, y).vectorize(x, 8);
            mx1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp432, rp_432)
