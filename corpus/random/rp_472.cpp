// Random pipeline (seed 472): 9 stages over image2d 1536x2560 int16 input.
// Steps: boundary, boundary, upsample, stencil, conv, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp472 : public Generator<Rp472> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv4;
    Func in0{"in0"}, in1{"in1"}, up2{"up2"}, erode3{"erode3"}, conv4{"conv4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y) = lerp(lerp((cast<float>(in1(x / 2, y / 2)) * 0.000031f), (cast<float>(in1(x / 2 + 1, y / 2)) * 0.000031f), up2_fx), lerp((cast<float>(in1(x / 2, y / 2 + 1)) * 0.000031f), (cast<float>(in1(x / 2 + 1, y / 2 + 1)) * 0.000031f), up2_fx), up2_fy);
        erode3(x, y) = min(min(min(min(up2(x, y), up2(x - 1, y)), up2(x + 1, y)), up2(x, y - 1)), up2(x, y + 1));
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += erode3(x + r_conv4.x - 1, y + r_conv4.y - 1) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.5f);
        blur5_x(x, y) = (conv4(x - 2, y) + 4.0f * conv4(x - 1, y) + 6.0f * conv4(x, y) + 4.0f * conv4(x + 1, y) + conv4(x + 2, y)) * 0.0625f;
        blur5_y(x, y) = (blur5_x(x, y - 2) + 4.0f * blur5_x(x, y - 1) + 6.0f * blur5_x(x, y) + 4.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.0625f;
        output(x, y) = cast<int16_t>(clamp((blur5_y(x, y) + (cast<float>(in0(x / 2, y / 2)) * 0.000031f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 2560}});
        input2.set_estimates({{0, 1536}, {0, 2560}});
        output.set_estimates({{0, 3072}, {0, 5120}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            blur5_x.compute_root().vectorize(x, 8).parallel(y);
            conv4.compute_at(blur5_x, y).vectorize(x, 8);
            conv4.update(0).vectorize(x, 16).unroll(r_conv4.x);
            erode3.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_at(erode3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp472, rp_472)
