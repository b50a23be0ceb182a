// Random pipeline (seed 45): 20 stages over image2d 2048x3072 int16 input.
// Steps: boundary, boundary, scan, downsample, stencil, reduction, separable, separable, upsample, downsample, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp45 : public Generator<Rp45> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir2, r_red5;
    Func in0{"in0"}, in1{"in1"}, iir2{"iir2"}, down3{"down3"}, dilate4{"dilate4"}, red5{"red5"};
    Func blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, up8{"up8"}, down9{"down9"};
    Func down10{"down10"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_iir2 = RDom(1, 2047, "r_iir2");
        iir2(x, y) = (cast<float>(in1(x, y)) * 0.000031f);
        iir2(r_iir2.x, y) = 0.8f * iir2(r_iir2.x - 1, y) + 0.2f * iir2(r_iir2.x, y);
        down3(x, y) = ((cast<float>(in1(2 * x, 2 * y)) * 0.000031f) + (cast<float>(in1(2 * x + 1, 2 * y)) * 0.000031f) + (cast<float>(in1(2 * x, 2 * y + 1)) * 0.000031f) + (cast<float>(in1(2 * x + 1, 2 * y + 1)) * 0.000031f)) * 0.25f;
        dilate4(x, y) = max(max(max(max(down3(x, y), down3(x - 1, y)), down3(x + 1, y)), down3(x, y - 1)), down3(x, y + 1));
        r_red5 = RDom(0, 1024, "r_red5");
        red5(y) = 0.0f;
        red5(y) += dilate4(r_red5.x, y);
        blur6_x(x, y) = (iir2(x - 1, y) + 2.0f * iir2(x, y) + iir2(x + 1, y)) * 0.25f;
        blur6_y(x, y) = (blur6_x(x, y - 1) + 2.0f * blur6_x(x, y) + blur6_x(x, y + 1)) * 0.25f;
        blur7_x(x, y) = (blur6_y(x - 1, y) + blur6_y(x, y) + blur6_y(x + 1, y)) * 0.333333f;
        blur7_y(x, y) = (blur7_x(x, y - 1) + blur7_x(x, y) + blur7_x(x, y + 1)) * 0.333333f;
        Expr up8_fx = cast<float>(x % 2) * 0.5f;
        Expr up8_fy = cast<float>(y % 2) * 0.5f;
        up8(x, y) = lerp(lerp((cast<float>(in0(x / 2, y / 2)) * 0.000031f), (cast<float>(in0(x / 2 + 1, y / 2)) * 0.000031f), up8_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1)) * 0.000031f), (cast<float>(in0(x / 2 + 1, y / 2 + 1)) * 0.000031f), up8_fx), up8_fy);
        down9(x, y) = (up8(2 * x, 2 * y) + up8(2 * x + 1, 2 * y) + up8(2 * x, 2 * y + 1) + up8(2 * x + 1, 2 * y + 1)) * 0.25f;
        down10(x, y) = (down9(2 * x, 2 * y) + down9(2 * x + 1, 2 * y) + down9(2 * x, 2 * y + 1) + down9(2 * x + 1, 2 * y + 1)) * 0.25f;
        output(x, y) = cast<int16_t>(clamp((down10(x, y) + red5(y) + blur7_y(x * 2, y * 2)) * 0.333333f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 3072}});
        input2.set_estimates({{0, 2048}, {0, 3072}});
        output.set_estimates({{0, 1024}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            down9.compute_root().vectorize(x, 8).parallel(y);
            blur7_y.compute_root().vectorize(x, 16).parallel(y);
            red5.compute_root().parallel(y);
            red5.update(0).vectorize(y, 16);
            down3.compute_root().vectorize(x, 8).parallel(y);
            iir2.compute_root().vectorize(x, 8).parallel(y);
            iir2.update(0).vectorize(y, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp45, rp_45)
