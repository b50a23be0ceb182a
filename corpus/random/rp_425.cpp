// Random pipeline (seed 425): 19 stages over image2d 640x640 uint16 input.
// Steps: boundary, cast, separable, conv, separable, transpose, separable, downsample, scan, activation, lut, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp425 : public Generator<Rp425> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3, r_iir8;
    Func in0{"in0"}, cvt1{"cvt1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, conv3{"conv3"}, blur4_x{"blur4_x"};
    Func blur4_y{"blur4_y"}, tr5{"tr5"}, blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, down7{"down7"}, iir8{"iir8"};
    Func act9{"act9"}, curve10{"curve10"}, lut11{"lut11"}, erode12{"erode12"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        cvt1(x, y) = (cast<float>(in0(x, y)) * 0.000015f);
        blur2_x(x, y) = (cvt1(x - 1, y) + 3.0f * cvt1(x, y) + 3.0f * cvt1(x + 1, y) + cvt1(x + 2, y)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        r_conv3 = RDom(0, 5, 0, 5, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += blur2_y(x + r_conv3.x - 2, y + r_conv3.y - 2) * exp(-cast<float>((r_conv3.x - 2) * (r_conv3.x - 2) + (r_conv3.y - 2) * (r_conv3.y - 2)) * 0.5f);
        blur4_x(x, y) = (conv3(x - 2, y) + 4.0f * conv3(x - 1, y) + 6.0f * conv3(x, y) + 4.0f * conv3(x + 1, y) + conv3(x + 2, y)) * 0.0625f;
        blur4_y(x, y) = (blur4_x(x, y - 2) + 4.0f * blur4_x(x, y - 1) + 6.0f * blur4_x(x, y) + 4.0f * blur4_x(x, y + 1) + blur4_x(x, y + 2)) * 0.0625f;
        tr5(x, y) = blur4_x(y, x);
        blur6_x(x, y) = (blur2_y(x - 1, y) + 2.0f * blur2_y(x, y) + blur2_y(x + 1, y)) * 0.25f;
        blur6_y(x, y) = (blur6_x(x, y - 1) + 2.0f * blur6_x(x, y) + blur6_x(x, y + 1)) * 0.25f;
        down7(x, y) = (blur6_y(2 * x, 2 * y) + blur6_y(2 * x + 1, 2 * y) + blur6_y(2 * x, 2 * y + 1) + blur6_y(2 * x + 1, 2 * y + 1)) * 0.25f;
        r_iir8 = RDom(1, 319, "r_iir8");
        iir8(x, y) = down7(x, y);
        iir8(x, r_iir8.x) = 0.7f * iir8(x, r_iir8.x - 1) + 0.3f * iir8(x, r_iir8.x);
        act9(x, y) = log(1.0f + exp(blur4_y(x, y)));
        curve10(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut11(x, y) = curve10(clamp(cast<int32_t>(act9(x, y) * 255.0f), 0, 255));
        erode12(x, y) = min(min(min(min(iir8(x, y), iir8(x - 1, y)), iir8(x + 1, y)), iir8(x, y - 1)), iir8(x, y + 1));
        output(x, y) = (erode12(x, y) + tr5(x * 2, y * 2) + lut11(x * 2, y * 2)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 640}});
        output.set_estimates({{0, 320}, {0, 320}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            erode12.compute_at(output, xo).vectorize(x, 16);
            act9.compute_root().vectorize(x, 8).parallel(y);
            iir8.compute_root().vectorize(x, 8).parallel(y);
            iir8.update(0).vectorize(x, 16);
            blur6_y.compute_root().vectorize(x, 16).parallel(y);
            blur6_x.compute_root().vectorize(x, 8).parallel(y);
            blur4_x.compute_root().vectorize(x, 8).parallel(y);
            conv3.compute_at(blur4_x, y).vectorize(x, 16);
            conv3.update(0).vectorize(x, 16).unroll(r_conv3.x);
            blur2_y.compute_root().vectorize(x, 8).parallel(y);
            blur2_x.compute_at(blur2_y, y).vectorize(x, 8);
            cvt1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp425, rp_425)
