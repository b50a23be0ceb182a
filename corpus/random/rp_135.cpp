// Random pipeline (seed 135): 8 stages over image2d 1920x2560 uint8 input.
// Steps: boundary, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp135 : public Generator<Rp135> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"}, relu2{"relu2"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1)) * 0.003922f) * exp(-cast<float>((r_conv1.x - 1) * (r_conv1.x - 1) + (r_conv1.y - 1) * (r_conv1.y - 1)) * 0.5f);
        relu2(x, y) = max(conv1(x, y), 0.0f);
        output(x, y) = cast<uint8_t>(clamp(relu2(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 2560}});
        output.set_estimates({{0, 1920}, {0, 2560}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            relu2.compute_at(output, yo).vectorize(x, 8);
            conv1.compute_root().vectorize(x, 8).parallel(y);
            conv1.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp135, rp_135)
