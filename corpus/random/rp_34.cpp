// Random pipeline (seed 34): 15 stages over tensor4d 28x28x32x2 int16 input.
// Steps: boundary, boundary, reduction, conv, binary, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp34 : public Generator<Rp34> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Input<Buffer<float>> w_conv5{"w_conv5", 4};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_red2, r_conv3, r_conv5;
    Func in0{"in0"}, in1{"in1"}, red2{"red2"}, conv3{"conv3"}, add4{"add4"}, conv5{"conv5"};
    Func relu6{"relu6"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<int16_t>(0))(x, y);
        r_red2 = RDom(0, 28, "r_red2");
        red2(x) = maximum((cast<float>(in1(x, r_red2.x)) * 0.000031f));
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c, n) = 0.0f;
        conv3(x, y, c, n) += (cast<float>(in0(x + r_conv3.x - 1, y + r_conv3.y - 1, c, n)) * 0.000031f) * w_conv3(r_conv3.x, r_conv3.y);
        add4(x, y, c, n) = conv3(x, y, c, n) + red2(x);
        r_conv5 = RDom(0, 3, 0, 3, 0, 32, "r_conv5");
        conv5(x, y, c, n) = 0.0f;
        conv5(x, y, c, n) += (cast<float>(in0(x + r_conv5.x - 1, y + r_conv5.y - 1, r_conv5.z, n)) * 0.000031f) * w_conv5(r_conv5.x, r_conv5.y, r_conv5.z, c);
        relu6(x, y, c, n) = max(conv5(x, y, c, n), 0.0f);
        output(x, y, c, n) = cast<int16_t>(clamp((relu6(x, y, c, n) + add4(x, y, c, n)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 2}});
        input2.set_estimates({{0, 28}, {0, 28}});
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        w_conv5.set_estimates({{0, 3}, {0, 3}, {0, 32}, {0, 32}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            relu6.compute_at(output, y).vectorize(x, 8);
            conv5.compute_root().vectorize(x, 8).parallel(c);
            conv5.update(0).vectorize(x, 8);
            add4.compute_at(output, y).vectorize(x, 8);
            conv3.compute_root().vectorize(x, 8).parallel(c);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x);
            red2.compute_root().vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp34, rp_34)
