// Random pipeline (seed 140): 9 stages over image2d 4096x1024 uint8 input.
// Steps: boundary, activation, lut, downsample, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp140 : public Generator<Rp140> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, act1{"act1"}, curve2{"curve2"}, lut3{"lut3"}, down4{"down4"}, mx5{"mx5"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        act1(x, y) = 1.0f / (1.0f + exp(-(cast<float>(in0(x, y)) * 0.003922f)));
        curve2(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut3(x, y) = curve2(clamp(cast<int32_t>(act1(x, y) * 255.0f), 0, 255));
        down4(x, y) = (act1(2 * x, 2 * y) + act1(2 * x + 1, 2 * y) + act1(2 * x, 2 * y + 1) + act1(2 * x + 1, 2 * y + 1)) * 0.25f;
        mx5(x, y) = max(down4(x, y), lut3(x * 2, y * 2));
        output(x, y) = cast<uint16_t>(clamp(mx5(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1024}});
        output.set_estimates({{0, 2048}, {0, 512}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            mx5.compute_root().vectorize(x, 8).parallel(y);
            down4.compute_at(mx5, y).vectorize(x, 8);
            lut3.compute_at(mx5, y).vectorize(x, 16);
            act1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp140, rp_140)
