// Random pipeline (seed 467): 19 stages over image3d 2048x512x4 uint8 input.
// Steps: boundary, downsample, scan, downsample, scan, scan, cast, upsample, cast, stencil, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp467 : public Generator<Rp467> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_iir2, r_iir4, r_iir5;
    Func in0{"in0"}, down1{"down1"}, iir2{"iir2"}, down3{"down3"}, iir4{"iir4"}, iir5{"iir5"};
    Func cvt6{"cvt6"}, up7{"up7"}, cvt8{"cvt8"}, dilate9{"dilate9"}, pw10{"pw10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        down1(x, y, c) = ((cast<float>(in0(2 * x, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x, 2 * y + 1, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y + 1, c)) * 0.003922f)) * 0.25f;
        r_iir2 = RDom(1, 1023, "r_iir2");
        iir2(x, y, c) = down1(x, y, c);
        iir2(r_iir2.x, y, c) = 0.7f * iir2(r_iir2.x - 1, y, c) + 0.3f * iir2(r_iir2.x, y, c);
        down3(x, y, c) = (iir2(2 * x, 2 * y, c) + iir2(2 * x + 1, 2 * y, c) + iir2(2 * x, 2 * y + 1, c) + iir2(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        r_iir4 = RDom(1, 127, "r_iir4");
        iir4(x, y, c) = down3(x, y, c);
        iir4(x, r_iir4.x, c) = 0.9f * iir4(x, r_iir4.x - 1, c) + 0.1f * iir4(x, r_iir4.x, c);
        iir4(x, 127 - r_iir4.x, c) = 0.9f * iir4(x, 128 - r_iir4.x, c) + 0.1f * iir4(x, 127 - r_iir4.x, c);
        r_iir5 = RDom(1, 127, "r_iir5");
        iir5(x, y, c) = iir4(x, y, c);
        iir5(x, r_iir5.x, c) = 0.5f * iir5(x, r_iir5.x - 1, c) + 0.5f * iir5(x, r_iir5.x, c);
        iir5(x, 127 - r_iir5.x, c) = 0.5f * iir5(x, 128 - r_iir5.x, c) + 0.5f * iir5(x, 127 - r_iir5.x, c);
        cvt6(x, y, c) = cast<uint8_t>(clamp(iir5(x, y, c) * 255.0f, 0.0f, 255.0f));
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y, c) = lerp(lerp((cast<float>(cvt6(x / 2, y / 2, c)) * 0.003922f), (cast<float>(cvt6(x / 2 + 1, y / 2, c)) * 0.003922f), up7_fx), lerp((cast<float>(cvt6(x / 2, y / 2 + 1, c)) * 0.003922f), (cast<float>(cvt6(x / 2 + 1, y / 2 + 1, c)) * 0.003922f), up7_fx), up7_fy);
        cvt8(x, y, c) = cast<uint8_t>(clamp(up7(x, y, c) * 255.0f, 0.0f, 255.0f));
        dilate9(x, y, c) = max(max(max(max(cvt8(x, y, c), cvt8(x - 1, y, c)), cvt8(x + 1, y, c)), cvt8(x, y - 1, c)), cvt8(x, y + 1, c));
        pw10(x, y, c) = dilate9(x, y, c) * 3 / 4;
        output(x, y, c) = pw10(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 512}, {0, 4}});
        output.set_estimates({{0, 1024}, {0, 256}, {0, 4}});

        if (!auto_schedule) {
            output.reorder(c, x, y)
                .split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            pw10.compute_at(output, yi).vectorize(x, 8);
            cvt8.compute_root().vectorize(x, 16).parallel(c);
            cvt6.compute_root().vectorize(x, 8).parallel(c);
            iir5.compute_root().vectorize(x, 16).parallel(c);
            iir5.update(0).vectorize(x, 16);
            iir5.update(1).vectorize(x, 16);
            iir4.compute_root().vectorize(x, 16).parallel(c);
            iir4.update(0).vectorize(x, 16).parallel(c);
            iir4.update(1).vectorize(x, 8).parallel(c);
            down3.compute_root().vectorize(x, 16).parallel(c);
            iir2.compute_root().vectorize(x, 8).parallel(c);
            iir2.update(0).vectorize(y, 16);
            down1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp467, rp_467)
