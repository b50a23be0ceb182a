// lut_gather with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Per-channel tone curve applied by data-dependent gather from an input LUT
// (10-bit raw -> 8-bit), plus a 2x2 ordered dither offset built with lambda().
#include "Halide.h"

using namespace Halide;

namespace {

class LutGather : public Generator<LutGather> {
public:
    GeneratorParam<int> input_bits{"input_bits", 12};

    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> table{"table", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    void generate() {
        Var x{"x"}, y{"y"}, c{"c"}, xi{"xi"}, yi{"yi"};
        Func index{"index"}, curve{"curve"}, dither{"dither"}, mapped{"mapped"};

        const int shift = (int)input_bits - 10;
        index(x, y, c) = clamp(cast<int32_t>(input(x, y, c)) >> shift, 0, 1023);
        curve(x, y, c) = table(index(x, y, c), c);
        dither(x, y) = lambda(x, y, cast<float>((x & 1) * 2 + (y & 1)) * 0.25f - 0.375f)(x, y);
        mapped(x, y, c) = cast<float>(curve(x, y, c)) / 256.0f + dither(x, y);
        output(x, y, c) = cast<uint8_t>(clamp(mapped(x, y, c) + 0.5f, 0.0f, 255.0f));

        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        table.set_estimates({{0, 1024}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xi, yi, 64, 8)
                .parallel(y)
                .vectorize(xi, 16);
            dither.compute_root();
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(LutGather, lut_gather)
