// Random pipeline (seed 227): 10 stages over image3d 256x1024x3 uint8 input.
// Steps: boundary, boundary, stencil, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp227 : public Generator<Rp227> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, erode2{"erode2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        erode2(x, y, c) = min(min(min(min(in1(x, y, c), in1(x - 1, y, c)), in1(x + 1, y, c)), in1(x, y - 1, c)), in1(x, y + 1, c));
        blur3_x(x, y, c) = ((cast<float>(erode2(x - 1, y, c)) * 0.003922f) + 2.0f * (cast<float>(erode2(x, y, c)) * 0.003922f) + (cast<float>(erode2(x + 1, y, c)) * 0.003922f)) * 0.25f;
        blur3_y(x, y, c) = (blur3_x(x, y - 1, c) + 2.0f * blur3_x(x, y, c) + blur3_x(x, y + 1, c)) * 0.25f;
        output(x, y, c) = cast<uint8_t>(clamp((blur3_y(x, y, c) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 256}, {0, 1024}, {0, 3}});
        output.set_estimates({{0, 256}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            blur3_y.compute_at(output, yo).vectorize(x, 16);
            in1.compute_at(blur3_y, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp227, rp_227)
