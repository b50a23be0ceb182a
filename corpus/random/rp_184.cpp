// Random pipeline (seed 184): 7 stages over image3d 2048x512x3 uint16 input.
// Steps: boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp184 : public Generator<Rp184> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        up1_x(x, y, c) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y, c)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y, c)) * 0.000015f);
        up1_y(x, y, c) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up1_x(x, y / 2, c);
        output(x, y, c) = cast<uint16_t>(clamp(up1_y(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 512}, {0, 3}});
        output.set_estimates({{0, 4096}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            up1_x.compute_at(output, c).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp184, rp_184)
