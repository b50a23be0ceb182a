// Random pipeline (seed 191): 14 stages over image2d 1536x2048 uint8 input.
// Steps: boundary, boundary, conv, stencil, binary, separable, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp191 : public Generator<Rp191> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv2;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, lap3{"lap3"}, blend4{"blend4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, cvt6{"cvt6"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.003922f) * w_conv2(r_conv2.x, r_conv2.y);
        lap3(x, y) = (cast<float>(in0(x - 1, y)) * 0.003922f) + (cast<float>(in0(x + 1, y)) * 0.003922f) + (cast<float>(in0(x, y - 1)) * 0.003922f) + (cast<float>(in0(x, y + 1)) * 0.003922f) - 4.0f * (cast<float>(in0(x, y)) * 0.003922f);
        blend4(x, y) = lerp(lap3(x, y), conv2(x, y), 0.3f);
        blur5_x(x, y) = (blend4(x - 2, y) + 4.0f * blend4(x - 1, y) + 6.0f * blend4(x, y) + 4.0f * blend4(x + 1, y) + blend4(x + 2, y)) * 0.0625f;
        blur5_y(x, y) = (blur5_x(x, y - 2) + 4.0f * blur5_x(x, y - 1) + 6.0f * blur5_x(x, y) + 4.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.0625f;
        cvt6(x, y) = cast<uint16_t>(clamp(blur5_y(x, y) * 65535.0f, 0.0f, 65535.0f));
        output(x, y) = cast<uint8_t>(clamp((cast<float>(cvt6(x, y)) * 0.000015f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 2048}});
        input2.set_estimates({{0, 1536}, {0, 2048}});
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1536}, {0, 2048}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            cvt6.compute_root().vectorize(x, 8).parallel(y);
            blur5_y.compute_at(cvt6, y).vectorize(x, 16);
            blur5_x.compute_root().vectorize(x, 16).parallel(y);
            lap3.compute_at(blur5_x, y).vectorize(x, 16);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 16).unroll(r_conv2.x).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp191, rp_191)
