// Random pipeline (seed 239): 10 stages over image2d 2560x1280 float input.
// Steps: boundary, boundary, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp239 : public Generator<Rp239> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, in1{"in1"}, curve2{"curve2"}, lut3{"lut3"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        curve2(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut3(x, y) = curve2(clamp(cast<int32_t>(in1(x, y)) * 256 / 256, 0, 255));
        output(x, y) = (lut3(x, y) + in0(x, y)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1280}});
        input2.set_estimates({{0, 2560}, {0, 1280}});
        output.set_estimates({{0, 2560}, {0, 1280}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            lut3.compute_at(output, y).vectorize(x, 16);
            curve2.compute_root().vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp239, rp_239)
