// Random pipeline (seed 328): 11 stages over image2d 256x256 int16 input.
// Steps: boundary, boundary, downsample, histogram, slice, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp328 : public Generator<Rp328> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_hist3;
    Func in0{"in0"}, pad1{"pad1"}, down2{"down2"}, hist3{"hist3"}, slice4{"slice4"}, lut5{"lut5"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        pad1(x, y) = BoundaryConditions::mirror_image(in0, {{0, 256}, {0, 256}})(x, y);
        down2(x, y) = ((cast<float>(pad1(2 * x, 2 * y)) * 0.000031f) + (cast<float>(pad1(2 * x + 1, 2 * y)) * 0.000031f) + (cast<float>(pad1(2 * x, 2 * y + 1)) * 0.000031f) + (cast<float>(pad1(2 * x + 1, 2 * y + 1)) * 0.000031f)) * 0.25f;
        r_hist3 = RDom(0, 128, 0, 128, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(down2(r_hist3.x, r_hist3.y) * 127.0f), 0, 127)) += 1;
        slice4(y) = down2(103, y);
        lut5(y) = (cast<float>(hist3(clamp(cast<int32_t>(slice4(y) * 127.0f), 0, 127))) * 0.000977f);
        output(y) = cast<int16_t>(clamp(lut5(y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 128}});

        if (!auto_schedule) {
            output.parallel(y);
            lut5.compute_at(output, y);
            hist3.compute_root();
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp328, rp_328)
