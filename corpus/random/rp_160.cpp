// Random pipeline (seed 160): 10 stages over image2d 1280x2048 int16 input.
// Steps: boundary, boundary, separable, cast, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp160 : public Generator<Rp160> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_conv4;
    Func in0{"in0"}, in1{"in1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, cvt3{"cvt3"}, conv4{"conv4"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        blur2_x(x, y) = ((cast<float>(in1(x - 1, y)) * 0.000031f) + (cast<float>(in1(x, y)) * 0.000031f) + (cast<float>(in1(x + 1, y)) * 0.000031f)) * 0.333333f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + blur2_x(x, y) + blur2_x(x, y + 1)) * 0.333333f;
        cvt3(x, y) = cast<uint16_t>(clamp(blur2_y(x, y) * 65535.0f, 0.0f, 65535.0f));
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += blur2_x(x + r_conv4.x - 1, y + r_conv4.y - 1) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.5f);
        output(x, y) = cast<int16_t>(clamp((conv4(x, y) + (cast<float>(in0(x, y)) * 0.000031f) + (cast<float>(cvt3(x, y)) * 0.000015f)) * 0.333333f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2048}});
        input2.set_estimates({{0, 1280}, {0, 2048}});
        output.set_estimates({{0, 1280}, {0, 2048}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            conv4.compute_at(output, yi).vectorize(x, 16);
            conv4.update(0).vectorize(x, 8).unroll(r_conv4.x);
            cvt3.compute_at(output, yi).vectorize(x, 8);
            blur2_y.compute_at(cvt3, y).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp160, rp_160)
