// transpose_tiled with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// Tiled transpose of a 16-bit image: 8x8 blocks are staged through a small
// buffer so that both the loads and the stores are vectorized.
#include "Halide.h"

using namespace Halide;

namespace {

class TransposeTiled : public Generator<TransposeTiled> {
public:
    GeneratorParam<int> block{"block", 8};

    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    void generate() {
        Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"}, xii{"xii"}, yii{"yii"}, tile{"tile"};
        Func staged{"staged"}, transposed{"transposed"};

        staged(x, y) = input(x, y);
        transposed(x, y) = staged(y, x);
        output(x, y) = transposed(x, y);

        input.set_estimates({{0, 640}, {0, 384}});
        output.set_estimates({{0, 384}, {0, 640}});

        if (!auto_schedule) {
            const int b = block;
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .fuse(xo, yo, tile)
                .parallel(tile)
                .tile(xi, yi, xii, yii, b, b)
                .vectorize(xii)
                .unroll(yii);
            transposed.compute_at(output, xi).vectorize(x).unroll(y);
            staged.compute_at(output, xi).vectorize(x).unroll(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(TransposeTiled, transpose_tiled)
