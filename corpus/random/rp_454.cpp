// Random pipeline (seed 454): 19 stages over image3d 384x1024x4 float input.
// Steps: boundary, separable, gather, conv, pointwise, stencil, pointwise, downsample, cast, downsample, boundary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp454 : public Generator<Rp454> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv3;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, warp2{"warp2"}, conv3{"conv3"}, pw4{"pw4"};
    Func grad5{"grad5"}, pw6{"pw6"}, down7_x{"down7_x"}, down7_y{"down7_y"}, cvt8{"cvt8"}, down9{"down9"};
    Func pad10{"pad10"}, mn11{"mn11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        blur1_x(x, y, c) = (in0(x - 2, y, c) + 4.0f * in0(x - 1, y, c) + 6.0f * in0(x, y, c) + 4.0f * in0(x + 1, y, c) + in0(x + 2, y, c)) * 0.0625f;
        blur1_y(x, y, c) = (blur1_x(x, y - 2, c) + 4.0f * blur1_x(x, y - 1, c) + 6.0f * blur1_x(x, y, c) + 4.0f * blur1_x(x, y + 1, c) + blur1_x(x, y + 2, c)) * 0.0625f;
        Expr warp2_sx = cast<float>(x) + blur1_x(x, y, c) * 8.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 382);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y, c) = lerp(blur1_y(warp2_ix, y, c), blur1_y(warp2_ix + 1, y, c), warp2_fx);
        r_conv3 = RDom(0, 5, 0, 5, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += warp2(x + r_conv3.x - 2, y + r_conv3.y - 2, c) * w_conv3(r_conv3.x, r_conv3.y);
        pw4(x, y, c) = floor(conv3(x, y, c) * 8.0f) * 0.125f;
        grad5(x, y, c) = sqrt((pw4(x + 1, y, c) - pw4(x - 1, y, c)) * (pw4(x + 1, y, c) - pw4(x - 1, y, c)) + (pw4(x, y + 1, c) - pw4(x, y - 1, c)) * (pw4(x, y + 1, c) - pw4(x, y - 1, c)));
        pw6(x, y, c) = sqrt(abs(grad5(x, y, c)) + 1.0f);
        down7_x(x, y, c) = (pw6(2 * x - 1, y, c) + 3.0f * pw6(2 * x, y, c) + 3.0f * pw6(2 * x + 1, y, c) + pw6(2 * x + 2, y, c)) * 0.125f;
        down7_y(x, y, c) = (down7_x(x, 2 * y - 1, c) + 3.0f * down7_x(x, 2 * y, c) + 3.0f * down7_x(x, 2 * y + 1, c) + down7_x(x, 2 * y + 2, c)) * 0.125f;
        cvt8(x, y, c) = cast<uint8_t>(clamp(down7_y(x, y, c) * 255.0f, 0.0f, 255.0f));
        down9(x, y, c) = ((cast<float>(cvt8(2 * x, 2 * y, c)) * 0.003922f) + (cast<float>(cvt8(2 * x + 1, 2 * y, c)) * 0.003922f) + (cast<float>(cvt8(2 * x, 2 * y + 1, c)) * 0.003922f) + (cast<float>(cvt8(2 * x + 1, 2 * y + 1, c)) * 0.003922f)) * 0.25f;
        pad10(x, y, c) = BoundaryConditions::mirror_interior(down9, {{0, 96}, {0, 256}, {0, 4}})(x, y, c);
        mn11(x, y, c) = min(pad10(x, y, c), down9(x, y, c));
        output(x, y, c) = mn11(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1024}, {0, 4}});
        gain.set_estimate(2.0f);
        w_conv3.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 96}, {0, 256}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pad10.compute_root().vectorize(x, 8).parallel(c);
            down9.compute_root().vectorize(x, 16).parallel(c);
            cvt8.compute_root().vectorize(x, 16).parallel(c);
            down7_x.compute_root().vectorize(x, 8).parallel(c);
            pw6.compute_root().vectorize(x, 8).parallel(c);
            conv3.compute_at(pw6, y).vectorize(x, 8);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp454, rp_454)
