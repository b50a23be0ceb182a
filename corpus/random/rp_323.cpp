// Random pipeline (seed 323): 3 stages over image2d 1280x384 uint8 input.
// Steps: boundary, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp323 : public Generator<Rp323> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        cvt1(x, y) = cast<int32_t>((cast<float>(in0(x, y)) * 0.003922f) * 1024.0f);
        output(x, y) = cast<uint8_t>(clamp((cast<float>(cvt1(x, y)) * 0.000977f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 384}});
        output.set_estimates({{0, 1280}, {0, 384}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp323, rp_323)
