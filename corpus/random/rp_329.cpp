// Random pipeline (seed 329): 20 stages over image2d 2048x2560 uint16 input.
// Steps: boundary, boundary, activation, separable, conv, scan, upsample, separable, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp329 : public Generator<Rp329> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<Buffer<float>> w_conv4{"w_conv4", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv4, r_cumsum5, r_mean8;
    Func in0{"in0"}, in1{"in1"}, act2{"act2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, conv4{"conv4"};
    Func cumsum5{"cumsum5"}, up6{"up6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, mean8{"mean8"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        act2(x, y) = 1.0f / (1.0f + exp(-(cast<float>(in0(x, y)) * 0.000015f)));
        blur3_x(x, y) = (act2(x - 1, y) + 3.0f * act2(x, y) + 3.0f * act2(x + 1, y) + act2(x + 2, y)) * 0.125f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + 3.0f * blur3_x(x, y) + 3.0f * blur3_x(x, y + 1) + blur3_x(x, y + 2)) * 0.125f;
        r_conv4 = RDom(0, 5, 0, 5, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += blur3_y(x + r_conv4.x - 2, y + r_conv4.y - 2) * w_conv4(r_conv4.x, r_conv4.y);
        r_cumsum5 = RDom(1, 2559, "r_cumsum5");
        cumsum5(x, y) = conv4(x, y);
        cumsum5(x, r_cumsum5.x) = cumsum5(x, r_cumsum5.x - 1) + cumsum5(x, r_cumsum5.x);
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp(cumsum5(x / 2, y / 2), cumsum5(x / 2 + 1, y / 2), up6_fx), lerp(cumsum5(x / 2, y / 2 + 1), cumsum5(x / 2 + 1, y / 2 + 1), up6_fx), up6_fy);
        blur7_x(x, y) = (cumsum5(x - 1, y) + 2.0f * cumsum5(x, y) + cumsum5(x + 1, y)) * 0.25f;
        blur7_y(x, y) = (blur7_x(x, y - 1) + 2.0f * blur7_x(x, y) + blur7_x(x, y + 1)) * 0.25f;
        r_mean8 = RDom(0, 2560, "r_mean8");
        mean8(x) = 0.0f;
        mean8(x) += blur7_y(x, r_mean8.x);
        mean8(x) = mean8(x) * 0.000391f;
        output(x, y) = cast<uint16_t>(clamp((mean8(x) + (cast<float>(in1(x, y)) * 0.000015f) + up6(x * 2, y * 2)) * 0.333333f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2560}});
        input2.set_estimates({{0, 2048}, {0, 2560}});
        w_conv4.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 2048}, {0, 2560}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            mean8.compute_root().vectorize(x, 8);
            mean8.update(0).vectorize(x, 8);
            mean8.update(1).vectorize(x, 16);
            cumsum5.compute_root().vectorize(x, 16).parallel(y);
            cumsum5.update(0).vectorize(x, 8);
            conv4.compute_root().vectorize(x, 16).parallel(y);
            conv4.update(0).vectorize(x, 8).parallel(y);
            blur3_y.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp329, rp_329)
