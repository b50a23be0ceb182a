// Random pipeline (seed 25): 14 stages over image2d 384x640 int16 input.
// Steps: boundary, boundary, gather, gather, reduction, downsample, upsample, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp25 : public Generator<Rp25> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red4;
    Func in0{"in0"}, in1{"in1"}, warp2{"warp2"}, warp3{"warp3"}, red4{"red4"}, down5{"down5"};
    Func up6_x{"up6_x"}, up6_y{"up6_y"}, up7{"up7"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        Expr warp2_sx = cast<float>(x) + (cast<float>(in0(x, y)) * 0.000031f) * 2.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 382);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y) = lerp((cast<float>(in1(warp2_ix, y)) * 0.000015f), (cast<float>(in1(warp2_ix + 1, y)) * 0.000015f), warp2_fx);
        Expr warp3_sx = cast<float>(x) + (cast<float>(in1(x, y)) * 0.000015f) * 2.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 382);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        warp3(x, y) = lerp(warp2(warp3_ix, y), warp2(warp3_ix + 1, y), warp3_fx);
        r_red4 = RDom(0, 640, "r_red4");
        red4(x) = sum(warp3(x, r_red4.x)) * 0.001563f;
        down5(x, y) = (warp3(2 * x, 2 * y) + warp3(2 * x + 1, 2 * y) + warp3(2 * x, 2 * y + 1) + warp3(2 * x + 1, 2 * y + 1)) * 0.25f;
        up6_x(x, y) = 0.25f * down5((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * down5(x / 2, y);
        up6_y(x, y) = 0.25f * up6_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up6_x(x, y / 2);
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y) = lerp(lerp(up6_y(x / 2, y / 2), up6_y(x / 2 + 1, y / 2), up7_fx), lerp(up6_y(x / 2, y / 2 + 1), up6_y(x / 2 + 1, y / 2 + 1), up7_fx), up7_fy);
        output(x, y) = cast<uint8_t>(clamp((up7(x, y) + red4(x / 2)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 640}});
        input2.set_estimates({{0, 384}, {0, 640}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 768}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            up6_y.compute_at(output, yo).vectorize(x, 16);
            up6_x.compute_root().vectorize(x, 8).parallel(y);
            red4.compute_root().vectorize(x, 16);
            warp3.compute_root().vectorize(x, 8).parallel(y);
            warp2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp25, rp_25)
