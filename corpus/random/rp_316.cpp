// Random pipeline (seed 316): 3 stages over image2d 768x1920 int16 input.
// Steps: boundary, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp316 : public Generator<Rp316> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        cvt1(x, y) = cast<int32_t>((cast<float>(in0(x, y)) * 0.000031f) * 1024.0f);
        output(x, y) = cast<int16_t>(clamp((cast<float>(cvt1(x, y)) * 0.000977f) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1920}});
        output.set_estimates({{0, 768}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            in0.compute_at(output, xo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp316, rp_316)
