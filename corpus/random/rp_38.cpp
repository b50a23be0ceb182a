// Random pipeline (seed 38): 11 stages over image3d 1024x2048x4 uint16 input.
// Steps: boundary, separable, downsample, cast, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp38 : public Generator<Rp38> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<float>> w_conv4{"w_conv4", 2};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv4;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, down2{"down2"}, cvt3{"cvt3"}, conv4{"conv4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        blur1_x(x, y, c) = cast<int32_t>(in0(x - 1, y, c)) + 3 * cast<int32_t>(in0(x, y, c)) + 3 * cast<int32_t>(in0(x + 1, y, c)) + cast<int32_t>(in0(x + 2, y, c));
        blur1_y(x, y, c) = cast<uint16_t>((blur1_x(x, y - 1, c) + 3 * blur1_x(x, y, c) + 3 * blur1_x(x, y + 1, c) + blur1_x(x, y + 2, c)) / 64);
        down2(x, y, c) = ((cast<float>(blur1_y(2 * x, 2 * y, c)) * 0.000015f) + (cast<float>(blur1_y(2 * x + 1, 2 * y, c)) * 0.000015f) + (cast<float>(blur1_y(2 * x, 2 * y + 1, c)) * 0.000015f) + (cast<float>(blur1_y(2 * x + 1, 2 * y + 1, c)) * 0.000015f)) * 0.25f;
        cvt3(x, y, c) = cast<uint8_t>(clamp(down2(x, y, c) * 255.0f, 0.0f, 255.0f));
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += (cast<float>(cvt3(x + r_conv4.x - 1, y + r_conv4.y - 1, c)) * 0.003922f) * w_conv4(r_conv4.x, r_conv4.y);
        output(x, y, c) = cast<uint16_t>(clamp(conv4(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 2048}, {0, 4}});
        w_conv4.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 512}, {0, 1024}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            conv4.compute_at(output, c).vectorize(x, 8);
            conv4.update(0).vectorize(x, 16).unroll(r_conv4.x);
            cvt3.compute_root().vectorize(x, 16).parallel(c);
            blur1_y.compute_root().vectorize(x, 16).parallel(c);
            blur1_x.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp38, rp_38)
