// brighten with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// Simple brighten of an interleaved-agnostic 8-bit RGB image by a scalar amount.
// Local Funcs, schedule inline in generate().
#include "Halide.h"

using namespace Halide;

namespace {

class Brighten : public Generator<Brighten> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<int32_t> amount{"amount"};
    Output<Buffer<uint8_t>> output{"output", 3};

    void generate() {
        Var x{"x"}, y{"y"}, c{"c"};
        Func widened{"widened"}, brightened{"brightened"};

        widened(x, y, c) = cast<int16_t>(input(x, y, c));
        brightened(x, y, c) = widened(x, y, c) + cast<int16_t>(amount);
        output(x, y, c) = cast<uint8_t>(clamp(brightened(x, y, c), 0, 255));

        input.dim(0).set_estimate(0, 640);
        input.dim(1).set_estimate(0, 384);
        input.dim(2).set_estimate(0, 3);
        amount.set_estimate(40);
        output.dim(0).set_estimate(0, 640);
        output.dim(1).set_estimate(0, 384);
        output.dim(2).set_estimate(0, 3);

        if (!auto_schedule) {
            output.reorder(x, y, c)
                .parallel(y)
                .vectorize(x, 32);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Brighten, brighten)
