// Random pipeline (seed 437): 11 stages over image2d 1024x1920 uint8 input.
// Steps: boundary, separable, conv, pointwise, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp437 : public Generator<Rp437> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_conv2;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, conv2{"conv2"}, pw3{"pw3"}, blur4_x{"blur4_x"};
    Func blur4_y{"blur4_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        blur1_x(x, y) = ((cast<float>(in0(x - 2, y)) * 0.003922f) + 4.0f * (cast<float>(in0(x - 1, y)) * 0.003922f) + 6.0f * (cast<float>(in0(x, y)) * 0.003922f) + 4.0f * (cast<float>(in0(x + 1, y)) * 0.003922f) + (cast<float>(in0(x + 2, y)) * 0.003922f)) * 0.0625f;
        blur1_y(x, y) = (blur1_x(x, y - 2) + 4.0f * blur1_x(x, y - 1) + 6.0f * blur1_x(x, y) + 4.0f * blur1_x(x, y + 1) + blur1_x(x, y + 2)) * 0.0625f;
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += blur1_y(x + r_conv2.x - 1, y + r_conv2.y - 1) * w_conv2(r_conv2.x, r_conv2.y);
        pw3(x, y) = floor(conv2(x, y) * 8.0f) * 0.125f;
        blur4_x(x, y) = (pw3(x - 2, y) + 4.0f * pw3(x - 1, y) + 6.0f * pw3(x, y) + 4.0f * pw3(x + 1, y) + pw3(x + 2, y)) * 0.0625f;
        blur4_y(x, y) = (blur4_x(x, y - 2) + 4.0f * blur4_x(x, y - 1) + 6.0f * blur4_x(x, y) + 4.0f * blur4_x(x, y + 1) + blur4_x(x, y + 2)) * 0.0625f;
        output(x, y) = cast<uint8_t>(clamp(blur4_y(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1920}});
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1024}, {0, 1920}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            blur4_x.compute_at(output, yi).vectorize(x, 8);
            conv2.compute_at(blur4_x, y).vectorize(x, 16);
            conv2.update(0).vectorize(x, 8);
            blur1_x.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp437, rp_437)
