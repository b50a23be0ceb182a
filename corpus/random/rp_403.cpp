// Random pipeline (seed 403): 18 stages over tensor4d 28x28x32x8 int16 input.
// Steps: boundary, boundary, cast, conv, cast, conv, activation, binary, separable, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp403 : public Generator<Rp403> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv3, r_conv5;
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"}, conv3{"conv3"}, cvt4{"cvt4"}, conv5{"conv5"};
    Func relu6{"relu6"}, add7{"add7"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"}, pw9{"pw9"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_interior(input)(x, y, c, n);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        cvt2(x, y) = cast<uint8_t>(clamp((cast<float>(in1(x, y)) * 0.000031f) * 255.0f, 0.0f, 255.0f));
        r_conv3 = RDom(0, 5, 0, 5, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += (cast<float>(cvt2(x + r_conv3.x - 2, y + r_conv3.y - 2)) * 0.003922f) * exp(-cast<float>((r_conv3.x - 2) * (r_conv3.x - 2) + (r_conv3.y - 2) * (r_conv3.y - 2)) * 0.8f);
        cvt4(x, y) = cast<int16_t>(clamp(conv3(x, y) * 32767.0f, -32768.0f, 32767.0f));
        r_conv5 = RDom(0, 3, 0, 3, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += (cast<float>(cvt4(x + r_conv5.x - 1, y + r_conv5.y - 1)) * 0.000031f) * exp(-cast<float>((r_conv5.x - 1) * (r_conv5.x - 1) + (r_conv5.y - 1) * (r_conv5.y - 1)) * 0.5f);
        relu6(x, y) = max(conv5(x, y), 0.0f);
        add7(x, y, c, n) = (cast<float>(in0(x, y, c, n)) * 0.000031f) + relu6(x, y);
        blur8_x(x, y, c, n) = (add7(x - 2, y, c, n) + 4.0f * add7(x - 1, y, c, n) + 6.0f * add7(x, y, c, n) + 4.0f * add7(x + 1, y, c, n) + add7(x + 2, y, c, n)) * 0.0625f;
        blur8_y(x, y, c, n) = (blur8_x(x, y - 2, c, n) + 4.0f * blur8_x(x, y - 1, c, n) + 6.0f * blur8_x(x, y, c, n) + 4.0f * blur8_x(x, y + 1, c, n) + blur8_x(x, y + 2, c, n)) * 0.0625f;
        pw9(x, y, c, n) = sqrt(abs(blur8_y(x, y, c, n)) + 1.0f);
        output(x, y, c, n) = cast<int16_t>(clamp(pw9(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 8}});
        input2.set_estimates({{0, 28}, {0, 28}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            blur8_y.compute_at(output, y).vectorize(x, 8);
            blur8_x.compute_at(blur8_y, n).vectorize(x, 8);
            add7.compute_at(blur8_x, y).vectorize(x, 8);
            relu6.compute_root().vectorize(x, 8).parallel(y);
            conv5.compute_at(relu6, y).vectorize(x, 8);
            conv5.update(0).vectorize(x, 8);
            conv3.compute_root().vectorize(x, 8).parallel(y);
            conv3.update(0).vectorize(x, 8).parallel(y);
            cvt2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp403, rp_403)
