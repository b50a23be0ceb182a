// pointwise_chain with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Pointwise tone adjustments on a planar float RGB image: contrast, offset,
// soft saturation and clamping. Member Funcs scheduled in schedule().
#include "Halide.h"

using namespace Halide;

namespace {

class PointwiseChain : public Generator<PointwiseChain> {
public:
    GeneratorParam<float> contrast{"contrast", 1.25f};
    GeneratorParam<int> vector_width{"vector_width", 8};

    Input<Buffer<float>> input{"input", 3};
    Input<float> offset{"offset"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func scaled{"scaled"}, shifted{"shifted"}, squashed{"squashed"}, toned{"toned"};

    void generate() {
        scaled(x, y, c) = input(x, y, c) * contrast;
        shifted(x, y, c) = scaled(x, y, c) + offset;
        squashed(x, y, c) = shifted(x, y, c) / (1.0f + abs(shifted(x, y, c)));
        toned(x, y, c) = squashed(x, y, c) * 0.5f + 0.5f;
        output(x, y, c) = clamp(toned(x, y, c), 0.0f, 1.0f);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        offset.set_estimate(0.05f);
        output.set_estimates({{0, 768}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, vector_width);
            squashed.compute_at(output, yi).vectorize(x, vector_width);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(PointwiseChain, pointwise_chain)
