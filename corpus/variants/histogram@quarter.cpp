// histogram with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// 256-bin histogram of an 8-bit grayscale image: RDom scatter with clamp.
#include "Halide.h"

using namespace Halide;

namespace {

class Histogram : public Generator<Histogram> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<int32_t>> output{"output", 1};

    void generate() {
        Var i{"i"};
        RDom r(0, input.width(), 0, input.height(), "r");
        Func hist{"hist"};

        hist(i) = 0;
        hist(clamp(cast<int32_t>(input(r.x, r.y)), 0, 255)) += 1;
        output(i) = hist(i);

        input.set_estimates({{0, 384}, {0, 640}});
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            hist.compute_root().vectorize(i, 8);
            output.vectorize(i, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Histogram, histogram)
