// Random pipeline (seed 258): 6 stages over image2d 1920x1536 uint8 input.
// Steps: boundary, cast, separable, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp258 : public Generator<Rp258> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, cvt1{"cvt1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, pw3{"pw3"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        cvt1(x, y) = cast<int16_t>(clamp((cast<float>(in0(x, y)) * 0.003922f) * 32767.0f, -32768.0f, 32767.0f));
        blur2_x(x, y) = ((cast<float>(cvt1(x - 2, y)) * 0.000031f) + 4.0f * (cast<float>(cvt1(x - 1, y)) * 0.000031f) + 6.0f * (cast<float>(cvt1(x, y)) * 0.000031f) + 4.0f * (cast<float>(cvt1(x + 1, y)) * 0.000031f) + (cast<float>(cvt1(x + 2, y)) * 0.000031f)) * 0.0625f;
        blur2_y(x, y) = (blur2_x(x, y - 2) + 4.0f * blur2_x(x, y - 1) + 6.0f * blur2_x(x, y) + 4.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.0625f;
        pw3(x, y) = max(cvt1(x, y), 8) - 8;
        output(x, y) = ((cast<float>(pw3(x, y)) * 0.000031f) + blur2_y(x, y)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 1536}});
        output.set_estimates({{0, 1920}, {0, 1536}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pw3.compute_at(output, y).vectorize(x, 8);
            blur2_y.compute_root().vectorize(x, 16).parallel(y);
            cvt1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp258, rp_258)
