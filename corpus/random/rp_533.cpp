// Random pipeline (seed 533): 12 stages over image3d 1024x512x3 uint8 input.
// Steps: boundary, binary, conv, activation, resample, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp533 : public Generator<Rp533> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_conv2, r_conv5;
    Func in0{"in0"}, diff1{"diff1"}, conv2{"conv2"}, relu3{"relu3"}, resize4_x{"resize4_x"}, resize4_y{"resize4_y"};
    Func conv5{"conv5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        diff1(x, y, c) = absd((cast<float>(in0(x, y, c)) * 0.003922f), (cast<float>(in0(x + 1, y, c)) * 0.003922f));
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y, c) = 0.0f;
        conv2(x, y, c) += diff1(x + r_conv2.x - 1, y + r_conv2.y - 1, c) * w_conv2(r_conv2.x, r_conv2.y);
        relu3(x, y, c) = max(conv2(x, y, c), 0.0f);
        Expr resize4_x_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize4_x_ix = cast<int32_t>(floor(resize4_x_sx));
        Expr resize4_x_fx = resize4_x_sx - cast<float>(resize4_x_ix);
        resize4_x(x, y, c) = lerp(relu3(resize4_x_ix, y, c), relu3(resize4_x_ix + 1, y, c), resize4_x_fx);
        Expr resize4_y_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize4_y_iy = cast<int32_t>(floor(resize4_y_sy));
        Expr resize4_y_fy = resize4_y_sy - cast<float>(resize4_y_iy);
        resize4_y(x, y, c) = lerp(resize4_x(x, resize4_y_iy, c), resize4_x(x, resize4_y_iy + 1, c), resize4_y_fy);
        r_conv5 = RDom(0, 3, 0, 3, "r_conv5");
        conv5(x, y, c) = 0.0f;
        conv5(x, y, c) += resize4_y(x + r_conv5.x - 1, y + r_conv5.y - 1, c) * exp(-cast<float>((r_conv5.x - 1) * (r_conv5.x - 1) + (r_conv5.y - 1) * (r_conv5.y - 1)) * 0.5f);
        output(x, y, c) = cast<uint8_t>(clamp(conv5(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 512}, {0, 3}});
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
            conv5.compute_root().vectorize(x, 8).parallel(y);
            conv5.update(0).vectorize(x, 8).parallel(y);
            resize4_y.compute_root().vectorize(x, 8).parallel(y);
            relu3.compute_root().vectorize(x, 8).parallel(y);
            conv2.compute_at(relu3, y).vectorize(x, 8);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp533, rp_533)
