// Random pipeline (seed 14): 6 stages over image2d 384x512 int16 input.
// Steps: boundary, boundary, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp14 : public Generator<Rp14> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        cvt2(x, y) = saturating_cast<int32_t>(in1(x, y));
        output(x, y) = cast<int16_t>(clamp(((cast<float>(cvt2(x, y)) * 0.000977f) + (cast<float>(in0(x, y)) * 0.000031f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 512}});
        input2.set_estimates({{0, 384}, {0, 512}});
        output.set_estimates({{0, 384}, {0, 512}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            cvt2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp14, rp_14)
