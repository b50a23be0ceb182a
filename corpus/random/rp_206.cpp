// Random pipeline (seed 206): 14 stages over image3d 2560x1280x3 uint8 input.
// Steps: boundary, separable, pointwise, conv, slice, pointwise, binary, separable, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp206 : public Generator<Rp206> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, pw2{"pw2"}, conv3{"conv3"}, slice4{"slice4"};
    Func pw5{"pw5"}, mul6{"mul6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        blur1_x(x, y, c) = cast<int32_t>(in0(x - 2, y, c)) + 4 * cast<int32_t>(in0(x - 1, y, c)) + 6 * cast<int32_t>(in0(x, y, c)) + 4 * cast<int32_t>(in0(x + 1, y, c)) + cast<int32_t>(in0(x + 2, y, c));
        blur1_y(x, y, c) = cast<uint8_t>((blur1_x(x, y - 2, c) + 4 * blur1_x(x, y - 1, c) + 6 * blur1_x(x, y, c) + 4 * blur1_x(x, y + 1, c) + blur1_x(x, y + 2, c)) / 256);
        pw2(x, y, c) = exp(-abs((cast<float>(blur1_y(x, y, c)) * 0.003922f)));
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += pw2(x + r_conv3.x - 1, y + r_conv3.y - 1, c) * exp(-cast<float>((r_conv3.x - 1) * (r_conv3.x - 1) + (r_conv3.y - 1) * (r_conv3.y - 1)) * 0.3f);
        slice4(x, c) = conv3(x, 36, c);
        pw5(x, c) = slice4(x, c) / (1.0f + abs(slice4(x, c)));
        mul6(x, c) = pw5(x, c) * slice4(x, c);
        blur7_x(x, y, c) = (conv3(x - 1, y, c) + conv3(x, y, c) + conv3(x + 1, y, c)) * 0.333333f;
        blur7_y(x, y, c) = (blur7_x(x, y - 1, c) + blur7_x(x, y, c) + blur7_x(x, y + 1, c)) * 0.333333f;
        blur8_x(x, y, c) = (blur7_y(x - 1, y, c) + blur7_y(x, y, c) + blur7_y(x + 1, y, c)) * 0.333333f;
        blur8_y(x, y, c) = (blur8_x(x, y - 1, c) + blur8_x(x, y, c) + blur8_x(x, y + 1, c)) * 0.333333f;
        output(x, y, c) = cast<uint8_t>(clamp((blur8_y(x, y, c) + mul6(x, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            blur8_y.compute_at(output, yo).vectorize(x, 16);
            blur7_y.compute_at(blur8_y, y).vectorize(x, 16);
            blur7_x.compute_at(blur7_y, c).vectorize(x, 16);
            pw5.compute_root().vectorize(x, 8);
            conv3.compute_root().vectorize(x, 8).parallel(y);
            conv3.update(0).vectorize(x, 16).parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            blur1_y.compute_root().vectorize(x, 8).parallel(y);
            blur1_x.compute_at(blur1_y, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp206, rp_206)
