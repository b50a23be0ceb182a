// Random pipeline (seed 127): 20 stages over image2d 2048x512 uint8 input.
// Steps: boundary, boundary, upsample, downsample, binary, upsample, conv, pointwise, pointwise, pointwise, activation, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp127 : public Generator<Rp127> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv6, r_red11;
    Func in0{"in0"}, in1{"in1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, down3{"down3"}, avg4{"avg4"};
    Func up5{"up5"}, conv6{"conv6"}, pw7{"pw7"}, pw8{"pw8"}, pw9{"pw9"}, act10{"act10"};
    Func red11{"red11"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        up2_x(x, y) = 0.25f * (cast<float>(in1((x / 2) - 1 + 2 * (x % 2), y)) * 0.003922f) + 0.75f * (cast<float>(in1(x / 2, y)) * 0.003922f);
        up2_y(x, y) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up2_x(x, y / 2);
        down3(x, y) = (up2_y(2 * x, 2 * y) + up2_y(2 * x + 1, 2 * y) + up2_y(2 * x, 2 * y + 1) + up2_y(2 * x + 1, 2 * y + 1)) * 0.25f;
        avg4(x, y) = (down3(x, y) + (cast<float>(in0(x, y)) * 0.003922f)) * 0.5f;
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y) = lerp(lerp(up2_x(x / 2, y / 2), up2_x(x / 2 + 1, y / 2), up5_fx), lerp(up2_x(x / 2, y / 2 + 1), up2_x(x / 2 + 1, y / 2 + 1), up5_fx), up5_fy);
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y) = 0.0f;
        conv6(x, y) += up5(x + r_conv6.x - 1, y + r_conv6.y - 1) * w_conv6(r_conv6.x, r_conv6.y);
        pw7(x, y) = tanh(down3(x, y));
        pw8(x, y) = pw7(x, y) * pw7(x, y) * 0.5f - pw7(x, y);
        pw9(x, y) = sin(pw8(x, y)) * 0.5f + 0.5f;
        act10(x, y) = log(1.0f + exp(pw9(x, y)));
        r_red11 = RDom(0, 512, "r_red11");
        red11(x) = 0.0f;
        red11(x) += act10(x, r_red11.x);
        output(x, y) = cast<uint16_t>(clamp((red11(x) + avg4(x, y) + conv6(x * 4, y * 2)) * 0.333333f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 512}});
        input2.set_estimates({{0, 2048}, {0, 512}});
        w_conv6.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 2048}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            red11.compute_root().vectorize(x, 16);
            red11.update(0).vectorize(x, 8);
            act10.compute_root().vectorize(x, 16).parallel(y);
            pw9.compute_at(act10, y).vectorize(x, 16);
            pw8.compute_at(pw9, y).vectorize(x, 16);
            conv6.compute_at(output, xo).vectorize(x, 8);
            conv6.update(0).vectorize(x, 8).unroll(r_conv6.x);
            up5.compute_root().vectorize(x, 16).parallel(y);
            down3.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(output, xo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp127, rp_127)
