// Random pipeline (seed 372): 13 stages over image3d 1280x2048x3 uint16 input.
// Steps: boundary, upsample, stencil, histogram, pointwise, lut, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp372 : public Generator<Rp372> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_hist3;
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, erode2{"erode2"}, hist3{"hist3"}, pw4{"pw4"};
    Func lut5{"lut5"}, diff6{"diff6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        up1_x(x, y, c) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y, c)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y, c)) * 0.000015f);
        up1_y(x, y, c) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up1_x(x, y / 2, c);
        erode2(x, y, c) = min(min(min(min(up1_y(x, y, c), up1_y(x - 1, y, c)), up1_y(x + 1, y, c)), up1_y(x, y - 1, c)), up1_y(x, y + 1, c));
        r_hist3 = RDom(0, 2560, 0, 4096, 0, 3, "r_hist3");
        hist3(x) = 0.0f;
        hist3(clamp(cast<int32_t>(erode2(r_hist3.x, r_hist3.y, r_hist3.z) * 255.0f), 0, 255)) += erode2(r_hist3.x, r_hist3.y, r_hist3.z);
        pw4(x) = hist3(x) / (1.0f + abs(hist3(x)));
        lut5(x, y, c) = pw4(clamp(cast<int32_t>(in0(x, y, c)) / 256, 0, 255));
        diff6(x, y, c) = absd((cast<float>(in0(x, y, c)) * 0.000015f), lut5(x, y, c));
        output(x, y, c) = cast<uint8_t>(clamp(diff6(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2048}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 8);
            pw4.compute_root().vectorize(x, 8);
            hist3.compute_root();
            up1_y.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp372, rp_372)
