// Random pipeline (seed 201): 8 stages over image2d 640x1920 uint8 input.
// Steps: boundary, boundary, stencil, pointwise, stencil, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp201 : public Generator<Rp201> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, box2{"box2"}, pw3{"pw3"}, dilate4{"dilate4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        box2(x, y) = (in1(x - 1, y - 1) + in1(x, y - 1) + in1(x + 1, y - 1) + in1(x - 1, y) + in1(x, y) + in1(x + 1, y) + in1(x - 1, y + 1) + in1(x, y + 1) + in1(x + 1, y + 1)) * 0.111111f;
        pw3(x, y) = exp(-abs(box2(x, y)));
        dilate4(x, y) = max(max(max(max(pw3(x, y), pw3(x - 1, y)), pw3(x + 1, y)), pw3(x, y - 1)), pw3(x, y + 1));
        blur5_x(x, y) = cast<int32_t>(in0(x - 1, y)) + cast<int32_t>(in0(x, y)) + cast<int32_t>(in0(x + 1, y));
        blur5_y(x, y) = cast<uint8_t>((blur5_x(x, y - 1) + blur5_x(x, y) + blur5_x(x, y + 1)) / 9);
        output(x, y) = cast<uint16_t>(clamp(((cast<float>(blur5_y(x, y)) * 0.003922f) + dilate4(x, y)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1920}});
        input2.set_estimates({{0, 640}, {0, 1920}});
        output.set_estimates({{0, 640}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            pw3.compute_root().vectorize(x, 16).parallel(y);
            box2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(box2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp201, rp_201)
