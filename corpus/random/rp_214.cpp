// Random pipeline (seed 214): 7 stages over image2d 2048x1536 int16 input.
// Steps: boundary, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp214 : public Generator<Rp214> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1)) * 0.000031f) * w_conv1(r_conv1.x, r_conv1.y);
        output(x, y) = cast<int16_t>(clamp(conv1(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1536}});
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 2048}, {0, 1536}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp214, rp_214)
