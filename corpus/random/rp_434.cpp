// Random pipeline (seed 434): 18 stages over tensor4d 32x32x32x8 float input.
// Steps: boundary, boundary, binary, conv, activation, conv, conv, binary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp434 : public Generator<Rp434> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Input<Buffer<float>> w_conv5{"w_conv5", 4};
    Input<Buffer<float>> b_conv5{"b_conv5", 1};
    Input<Buffer<float>> w_conv6{"w_conv6", 4};
    Input<Buffer<float>> b_conv6{"b_conv6", 1};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv3, r_conv5, r_conv6;
    Func in0{"in0"}, in1{"in1"}, diff2{"diff2"}, conv3{"conv3"}, relu4{"relu4"}, conv5{"conv5"};
    Func conv6{"conv6"}, mul7{"mul7"}, up8_x{"up8_x"}, up8_y{"up8_y"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        diff2(x, y, c, n) = absd(in0(x, y, c, n), in1(x, y, c, n));
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c, n) = 0.0f;
        conv3(x, y, c, n) += diff2(x + r_conv3.x - 1, y + r_conv3.y - 1, c, n) * w_conv3(r_conv3.x, r_conv3.y);
        relu4(x, y, c, n) = max(conv3(x, y, c, n), 0.0f);
        r_conv5 = RDom(0, 3, 0, 3, 0, 32, "r_conv5");
        conv5(x, y, c, n) = b_conv5(c);
        conv5(x, y, c, n) += relu4(x + r_conv5.x - 1, y + r_conv5.y - 1, r_conv5.z, n) * w_conv5(r_conv5.x, r_conv5.y, r_conv5.z, c);
        r_conv6 = RDom(0, 3, 0, 3, 0, 32, "r_conv6");
        conv6(x, y, c, n) = b_conv6(c);
        conv6(x, y, c, n) += conv5(x + r_conv6.x - 1, y + r_conv6.y - 1, r_conv6.z, n) * w_conv6(r_conv6.x, r_conv6.y, r_conv6.z, c);
        mul7(x, y, c, n) = conv6(x, y, c, n) * in1(x, y, c, n);
        up8_x(x, y, c, n) = 0.25f * mul7((x / 2) - 1 + 2 * (x % 2), y, c, n) + 0.75f * mul7(x / 2, y, c, n);
        up8_y(x, y, c, n) = 0.25f * up8_x(x, (y / 2) - 1 + 2 * (y % 2), c, n) + 0.75f * up8_x(x, y / 2, c, n);
        output(x, y, c, n) = up8_y(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 8}});
        input2.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 8}});
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        w_conv5.set_estimates({{0, 3}, {0, 3}, {0, 32}, {0, 32}});
        b_conv5.set_estimates({{0, 32}});
        w_conv6.set_estimates({{0, 3}, {0, 3}, {0, 32}, {0, 32}});
        b_conv6.set_estimates({{0, 32}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            up8_y.compute_root().vectorize(x, 8).parallel(n);
            mul7.compute_at(up8_y, y).vectorize(x, 8);
            conv6.compute_at(mul7, n).vectorize(x, 8);
            conv6.update(0).vectorize(x, 8);
            conv5.compute_root().vectorize(x, 8).parallel(n);
            conv5.update(0).vectorize(x, 8).parallel(n);
            conv3.compute_root().vectorize(x, 8).parallel(n);
            conv3.update(0).vectorize(x, 8).parallel(n);
            in1.compute_root().vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp434, rp_434)
