// Random pipeline (seed 492): 16 stages over image2d 1024x1024 uint8 input.
// Steps: boundary, conv, stencil, lut, lut, upsample, pointwise, downsample, gather, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp492 : public Generator<Rp492> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"}, lap2{"lap2"}, curve3{"curve3"}, lut4{"lut4"}, lut5{"lut5"};
    Func up6{"up6"}, pw7{"pw7"}, down8_x{"down8_x"}, down8_y{"down8_y"}, warp9{"warp9"}, cvt10{"cvt10"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1)) * 0.003922f) * w_conv1(r_conv1.x, r_conv1.y);
        lap2(x, y) = conv1(x - 1, y) + conv1(x + 1, y) + conv1(x, y - 1) + conv1(x, y + 1) - 4.0f * conv1(x, y);
        curve3(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut4(x, y) = curve3(clamp(cast<int32_t>(lap2(x, y) * 255.0f), 0, 255));
        lut5(x, y) = curve3(clamp(cast<int32_t>(lut4(x, y) * 255.0f), 0, 255));
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp(lut5(x / 2, y / 2), lut5(x / 2 + 1, y / 2), up6_fx), lerp(lut5(x / 2, y / 2 + 1), lut5(x / 2 + 1, y / 2 + 1), up6_fx), up6_fy);
        pw7(x, y) = pow(abs(up6(x, y)) + 0.001f, 0.4545f) * gain;
        down8_x(x, y) = (pw7(2 * x - 1, y) + 3.0f * pw7(2 * x, y) + 3.0f * pw7(2 * x + 1, y) + pw7(2 * x + 2, y)) * 0.125f;
        down8_y(x, y) = (down8_x(x, 2 * y - 1) + 3.0f * down8_x(x, 2 * y) + 3.0f * down8_x(x, 2 * y + 1) + down8_x(x, 2 * y + 2)) * 0.125f;
        Expr warp9_sx = cast<float>(x) + up6(x * 2, y * 2) * 2.0f;
        Expr warp9_ix = clamp(cast<int32_t>(floor(warp9_sx)), 0, 1022);
        Expr warp9_fx = clamp(warp9_sx - cast<float>(warp9_ix), 0.0f, 1.0f);
        warp9(x, y) = lerp(down8_y(warp9_ix, y), down8_y(warp9_ix + 1, y), warp9_fx);
        cvt10(x, y) = cast<uint8_t>(clamp(warp9(x, y) * 255.0f, 0.0f, 255.0f));
        output(x, y) = cvt10(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1024}});
        gain.set_estimate(0.5f);
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 1024}, {0, 1024}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            warp9.compute_root().vectorize(x, 8).parallel(y);
            pw7.compute_root().vectorize(x, 16).parallel(y);
            lut5.compute_root().vectorize(x, 16).parallel(y);
            lut4.compute_at(lut5, y).vectorize(x, 8);
            lap2.compute_root().vectorize(x, 16).parallel(y);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp492, rp_492)
