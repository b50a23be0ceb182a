// Random pipeline (seed 409): 16 stages over image2d 4096x1920 uint8 input.
// Steps: boundary, boundary, separable, activation, binary, conv, binary, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp409 : public Generator<Rp409> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv5{"w_conv5", 2};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_conv5, r_red7;
    Func in0{"in0"}, in1{"in1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, act3{"act3"}, avg4{"avg4"};
    Func conv5{"conv5"}, mx6{"mx6"}, red7{"red7"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        blur2_x(x, y) = cast<int32_t>(in1(x - 1, y)) + 2 * cast<int32_t>(in1(x, y)) + cast<int32_t>(in1(x + 1, y));
        blur2_y(x, y) = cast<int16_t>((blur2_x(x, y - 1) + 2 * blur2_x(x, y) + blur2_x(x, y + 1)) / 16);
        act3(x, y) = max(blur2_y(x, y), cast<int16_t>(0));
        avg4(x, y) = ((cast<float>(act3(x, y)) * 0.000031f) + (cast<float>(in0(x, y)) * 0.003922f)) * 0.5f;
        r_conv5 = RDom(0, 5, 0, 5, "r_conv5");
        conv5(x, y) = 0.0f;
        conv5(x, y) += (cast<float>(blur2_x(x + r_conv5.x - 2, y + r_conv5.y - 2)) * 0.000977f) * w_conv5(r_conv5.x, r_conv5.y);
        mx6(x, y) = max(conv5(x, y), avg4(x, y));
        r_red7 = RDom(0, 4096, "r_red7");
        red7(y) = 0.0f;
        red7(y) += mx6(r_red7.x, y);
        output(y) = cast<uint8_t>(clamp(red7(y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1920}});
        input2.set_estimates({{0, 4096}, {0, 1920}});
        gain.set_estimate(0.5f);
        w_conv5.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 1920}});

        if (!auto_schedule) {
            output.parallel(y);
            red7.compute_root().parallel(y);
            red7.update(0).vectorize(y, 8);
            conv5.compute_root().vectorize(x, 16).parallel(y);
            conv5.update(0).vectorize(x, 16);
            avg4.compute_root().vectorize(x, 8).parallel(y);
            act3.compute_at(avg4, y).vectorize(x, 16);
            blur2_x.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(avg4, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp409, rp_409)
