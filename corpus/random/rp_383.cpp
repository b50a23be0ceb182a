// Random pipeline (seed 383): 8 stages over image2d 1280x640 float input.
// Steps: boundary, boundary, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp383 : public Generator<Rp383> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv2;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint16_t>(0))(x, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.000015f) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.5f);
        output(x, y) = cast<uint8_t>(clamp((conv2(x, y) + in0(x, y)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 640}});
        input2.set_estimates({{0, 1280}, {0, 640}});
        output.set_estimates({{0, 1280}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            conv2.compute_root().vectorize(x, 16).parallel(y);
            conv2.update(0).vectorize(x, 16).unroll(r_conv2.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp383, rp_383)
