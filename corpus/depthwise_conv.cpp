// Depthwise 3x3 convolution (MobileNet block) with channels innermost
// (c, x, y, b layout), zero padding via constant_exterior, bias and ReLU6.
#include "Halide.h"

using namespace Halide;

namespace {

class DepthwiseConv : public Generator<DepthwiseConv> {
public:
    GeneratorParam<int> stride{"stride", 1};

    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> filter{"filter", 3};
    Input<Buffer<float>> bias{"bias", 1};
    Output<Buffer<float>> output{"output", 4};

    void generate() {
        Var c{"c"}, x{"x"}, y{"y"}, b{"b"}, co{"co"}, ci{"ci"}, yb{"yb"};
        RDom r(0, 3, 0, 3, "r");
        Func padded{"padded"}, depthwise{"depthwise"};

        const int s = stride;
        padded(c, x, y, b) = BoundaryConditions::constant_exterior(input, 0.0f)(c, x, y, b);
        depthwise(c, x, y, b) = bias(c);
        depthwise(c, x, y, b) += filter(c, r.x, r.y) * padded(c, x * s + r.x - 1, y * s + r.y - 1, b);
        output(c, x, y, b) = clamp(depthwise(c, x, y, b), 0.0f, 6.0f);

        input.dim(0).set_estimate(0, 32);
        input.dim(1).set_estimate(0, 112);
        input.dim(2).set_estimate(0, 112);
        input.dim(3).set_estimate(0, 4);
        filter.dim(0).set_estimate(0, 32);
        filter.dim(1).set_estimate(0, 3);
        filter.dim(2).set_estimate(0, 3);
        bias.dim(0).set_estimate(0, 32);
        output.dim(0).set_estimate(0, 32);
        output.dim(1).set_estimate(0, 112);
        output.dim(2).set_estimate(0, 112);
        output.dim(3).set_estimate(0, 4);

        if (!auto_schedule) {
            output.split(c, co, ci, 16)
                .reorder(ci, x, co, y, b)
                .vectorize(ci)
                .fuse(y, b, yb)
                .parallel(yb);
            depthwise.compute_at(output, x).vectorize(c, 16);
            depthwise.update(0).vectorize(c, 16).unroll(r.x).unroll(r.y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(DepthwiseConv, depthwise_conv)
