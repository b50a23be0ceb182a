// Random pipeline (seed 169): 10 stages over image2d 2048x2560 uint8 input.
// Steps: boundary, pointwise, reduction, downsample, lut, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp169 : public Generator<Rp169> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_rmax2;
    Func in0{"in0"}, pw1{"pw1"}, rmax2{"rmax2"}, down3_x{"down3_x"}, down3_y{"down3_y"}, curve4{"curve4"};
    Func lut5{"lut5"}, lut6{"lut6"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        pw1(x, y) = in0(x, y) * 3 / 4;
        r_rmax2 = RDom(1, 2047, "r_rmax2");
        rmax2(y) = pw1(0, y);
        rmax2(y) = max(rmax2(y), pw1(r_rmax2.x, y));
        down3_x(x, y) = ((cast<float>(pw1(2 * x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(pw1(2 * x, y)) * 0.003922f) + 3.0f * (cast<float>(pw1(2 * x + 1, y)) * 0.003922f) + (cast<float>(pw1(2 * x + 2, y)) * 0.003922f)) * 0.125f;
        down3_y(x, y) = (down3_x(x, 2 * y - 1) + 3.0f * down3_x(x, 2 * y) + 3.0f * down3_x(x, 2 * y + 1) + down3_x(x, 2 * y + 2)) * 0.125f;
        curve4(x) = sqrt(cast<float>(x) * 0.000978f);
        lut5(x, y) = curve4(clamp(cast<int32_t>(down3_y(x, y) * 1023.0f), 0, 1023));
        lut6(x, y) = curve4(clamp(cast<int32_t>(lut5(x, y) * 1023.0f), 0, 1023));
        output(x, y) = cast<uint8_t>(clamp((lut6(x, y) + (cast<float>(rmax2(y * 2)) * 0.003922f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2560}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 1024}, {0, 1280}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            lut5.compute_at(output, y).vectorize(x, 8);
            curve4.compute_root().vectorize(x, 16);
            down3_y.compute_at(lut5, y).vectorize(x, 8);
            rmax2.compute_root().parallel(y);
            rmax2.update(0).vectorize(y, 8);
            pw1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp169, rp_169)
