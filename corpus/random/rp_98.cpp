// Random pipeline (seed 98): 4 stages over image2d 4096x1536 uint8 input.
// Steps: boundary, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp98 : public Generator<Rp98> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        curve1(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut2(x, y) = curve1(clamp(cast<int32_t>(in0(x, y)) * 1024 / 256, 0, 1023));
        output(x, y) = cast<uint8_t>(clamp(lut2(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1536}});
        output.set_estimates({{0, 4096}, {0, 1536}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            curve1.compute_root().vectorize(x, 8);
            in0.compute_at(output, yi).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp98, rp_98)
