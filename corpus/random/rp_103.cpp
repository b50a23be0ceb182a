// Random pipeline (seed 103): 20 stages over image2d 1280x3072 int16 input.
// Steps: boundary, scan, downsample, boundary, lut, pointwise, pointwise, upsample, downsample, transpose, pointwise, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp103 : public Generator<Rp103> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir1;
    Func in0{"in0"}, iir1{"iir1"}, down2_x{"down2_x"}, down2_y{"down2_y"}, pad3{"pad3"}, curve4{"curve4"};
    Func lut5{"lut5"}, pw6{"pw6"}, pw7{"pw7"}, up8_x{"up8_x"}, up8_y{"up8_y"}, down9{"down9"};
    Func tr10{"tr10"}, pw11{"pw11"}, lut12{"lut12"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        r_iir1 = RDom(1, 3071, "r_iir1");
        iir1(x, y) = (cast<float>(in0(x, y)) * 0.000031f);
        iir1(x, r_iir1.x) = 0.8f * iir1(x, r_iir1.x - 1) + 0.2f * iir1(x, r_iir1.x);
        down2_x(x, y) = (iir1(2 * x - 1, y) + 3.0f * iir1(2 * x, y) + 3.0f * iir1(2 * x + 1, y) + iir1(2 * x + 2, y)) * 0.125f;
        down2_y(x, y) = (down2_x(x, 2 * y - 1) + 3.0f * down2_x(x, 2 * y) + 3.0f * down2_x(x, 2 * y + 1) + down2_x(x, 2 * y + 2)) * 0.125f;
        pad3(x, y) = BoundaryConditions::mirror_interior(down2_y, {{0, 640}, {0, 1536}})(x, y);
        curve4(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut5(x, y) = curve4(clamp(cast<int32_t>(pad3(x, y) * 255.0f), 0, 255));
        pw6(x, y) = pow(abs(lut5(x, y)) + 0.001f, 0.4545f);
        pw7(x) = sin(curve4(x)) * 0.5f + 0.5f;
        up8_x(x, y) = 0.25f * pw6((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * pw6(x / 2, y);
        up8_y(x, y) = 0.25f * up8_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up8_x(x, y / 2);
        down9(x, y) = (up8_y(2 * x, 2 * y) + up8_y(2 * x + 1, 2 * y) + up8_y(2 * x, 2 * y + 1) + up8_y(2 * x + 1, 2 * y + 1)) * 0.25f;
        tr10(x, y) = down9(y, x);
        pw11(x, y) = sin(tr10(x, y)) * 0.5f + 0.5f * gain;
        lut12(x, y) = pw7(clamp(cast<int32_t>(pw11(x, y) * 255.0f), 0, 255));
        output(x, y) = cast<int16_t>(clamp(lut12(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 3072}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1536}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            lut12.compute_at(output, xo).vectorize(x, 16);
            pw11.compute_root().vectorize(x, 8).parallel(y);
            tr10.compute_root().vectorize(x, 16).parallel(y);
            up8_y.compute_root().vectorize(x, 8).parallel(y);
            up8_x.compute_root().vectorize(x, 8).parallel(y);
            pw7.compute_root().vectorize(x, 16);
            pw6.compute_root().vectorize(x, 16).parallel(y);
            lut5.compute_at(pw6, y).vectorize(x, 8);
            curve4.compute_root().vectorize(x, 16);
            pad3.compute_at(lut5, y).vectorize(x, 16);
            down2_y.compute_at(pad3, y).vectorize(x, 16);
            iir1.compute_root().vectorize(x, 8).parallel(y);
            iir1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp103, rp_103)
