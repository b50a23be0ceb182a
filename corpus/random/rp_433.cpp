// Random pipeline (seed 433): 16 stages over image2d 1024x1536 uint8 input.
// Steps: boundary, boundary, conv, activation, stencil, cast, pointwise, cast, activation, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp433 : public Generator<Rp433> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv2;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, relu3{"relu3"}, box4{"box4"}, cvt5{"cvt5"};
    Func pw6{"pw6"}, cvt7{"cvt7"}, act8{"act8"}, blend9{"blend9"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.000031f) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.3f);
        relu3(x, y) = max(conv2(x, y), 0.0f);
        box4(x, y) = (relu3(x - 1, y - 1) + relu3(x, y - 1) + relu3(x + 1, y - 1) + relu3(x - 1, y) + relu3(x, y) + relu3(x + 1, y) + relu3(x - 1, y + 1) + relu3(x, y + 1) + relu3(x + 1, y + 1)) * 0.111111f;
        cvt5(x, y) = cast<uint16_t>(clamp(box4(x, y) * 65535.0f, 0.0f, 65535.0f));
        pw6(x, y) = min(in0(x, y), 100);
        cvt7(x, y) = cast<int32_t>((cast<float>(pw6(x, y)) * 0.003922f) * 1024.0f);
        act8(x, y) = 1.0f / (1.0f + exp(-(cast<float>(cvt7(x, y)) * 0.000977f)));
        blend9(x, y) = lerp((cast<float>(cvt5(x, y)) * 0.000015f), act8(x, y), 0.3f);
        output(x, y) = cast<int16_t>(clamp(blend9(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1536}});
        input2.set_estimates({{0, 1024}, {0, 1536}});
        output.set_estimates({{0, 1024}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            blend9.compute_at(output, xo).vectorize(x, 16);
            cvt7.compute_at(blend9, y).vectorize(x, 8);
            cvt5.compute_at(blend9, y).vectorize(x, 8);
            relu3.compute_at(cvt5, y).vectorize(x, 16);
            conv2.compute_at(relu3, y).vectorize(x, 16);
            conv2.update(0).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp433, rp_433)
