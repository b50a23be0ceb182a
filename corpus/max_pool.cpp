// 3x3 stride-2 max pooling over a batch of feature maps (x, y, c, n layout,
// ResNet stem sizes) written as an RDom update with max.
#include "Halide.h"

using namespace Halide;

namespace {

class MaxPool : public Generator<MaxPool> {
public:
    GeneratorParam<int> pool_size{"pool_size", 3};
    GeneratorParam<int> stride{"stride", 2};

    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    void generate() {
        Var x{"x"}, y{"y"}, c{"c"}, n{"n"}, xi{"xi"}, yo{"yo"}, yi{"yi"};
        const int k = pool_size;
        const int s = stride;
        RDom r(0, k, 0, k, "r");
        Func padded{"padded"}, pooled{"pooled"};

        padded(x, y, c, n) = BoundaryConditions::constant_exterior(input, -1e30f)(x, y, c, n);
        pooled(x, y, c, n) = -1e30f;
        pooled(x, y, c, n) = max(pooled(x, y, c, n), padded(x * s + r.x - 1, y * s + r.y - 1, c, n));
        output(x, y, c, n) = pooled(x, y, c, n);

        input.set_estimates({{0, 112}, {0, 112}, {0, 64}, {0, 4}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 64}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .reorder(x, yi, yo, c, n)
                .fuse(c, n, c)
                .parallel(c)
                .vectorize(x, 8);
            pooled.compute_at(output, yi).vectorize(x, 8);
            pooled.update(0).unroll(r.x).unroll(r.y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(MaxPool, max_pool)
