// Local average pooling over a quantized DNN activation (channels innermost),
// uint8 quantized input with int32 accumulation.
#include "Halide.h"

using namespace Halide;

namespace {

class AvgPool : public Generator<AvgPool> {
public:
    GeneratorParam<int> window{"window", 2};

    Input<Buffer<uint8_t>> input{"input", 4};
    Input<int32_t> output_zero{"output_zero"};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var c{"c"}, x{"x"}, y{"y"}, b{"b"}, co{"co"}, ci{"ci"};
    RDom r;
    Func widened{"widened"}, window_sum{"window_sum"}, averaged{"averaged"};

    void generate() {
        const int w = window;
        r = RDom(0, w, 0, w, "r");
        widened(c, x, y, b) = cast<int32_t>(input(c, x, y, b));
        window_sum(c, x, y, b) = 0;
        window_sum(c, x, y, b) += widened(c, x * w + r.x, y * w + r.y, b);
        averaged(c, x, y, b) = (window_sum(c, x, y, b) + (w * w) / 2) / (w * w) + output_zero;
        output(c, x, y, b) = cast<uint8_t>(clamp(averaged(c, x, y, b), 0, 255));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 28}, {0, 28}, {0, 8}});
        output_zero.set_estimate(0);
        output.set_estimates({{0, 256}, {0, 14}, {0, 14}, {0, 8}});

        if (!auto_schedule) {
            output.split(c, co, ci, 32)
                .reorder(ci, x, co, y, b)
                .vectorize(ci)
                .parallel(b)
                .parallel(y);
            window_sum.compute_at(output, x).vectorize(c, 32);
            window_sum.update(0).vectorize(c, 32).unroll(r.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(AvgPool, avg_pool)
