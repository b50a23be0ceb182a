// Random pipeline (seed 119): 18 stages over image3d 2560x1920x3 float input.
// Steps: boundary, boundary, gather, upsample, binary, upsample, reduction, cast, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp119 : public Generator<Rp119> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mean6;
    Func in0{"in0"}, in1{"in1"}, warp2{"warp2"}, up3{"up3"}, mn4{"mn4"}, up5{"up5"};
    Func mean6{"mean6"}, cvt7{"cvt7"}, pad8{"pad8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        Expr warp2_sx = cast<float>(x) + (cast<float>(in1(x, y)) * 0.003922f) * 2.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 2558);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y, c) = lerp(in0(warp2_ix, y, c), in0(warp2_ix + 1, y, c), warp2_fx);
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y, c) = lerp(lerp(warp2(x / 2, y / 2, c), warp2(x / 2 + 1, y / 2, c), up3_fx), lerp(warp2(x / 2, y / 2 + 1, c), warp2(x / 2 + 1, y / 2 + 1, c), up3_fx), up3_fy);
        mn4(x, y, c) = min(up3(x, y, c), (cast<float>(in1(x / 2, y / 2)) * 0.003922f));
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y, c) = lerp(lerp(warp2(x / 2, y / 2, c), warp2(x / 2 + 1, y / 2, c), up5_fx), lerp(warp2(x / 2, y / 2 + 1, c), warp2(x / 2 + 1, y / 2 + 1, c), up5_fx), up5_fy);
        r_mean6 = RDom(0, 5120, "r_mean6");
        mean6(y, c) = 0.0f;
        mean6(y, c) += up5(r_mean6.x, y, c);
        mean6(y, c) = mean6(y, c) * 0.000195f;
        cvt7(y, c) = cast<int16_t>(clamp(mean6(y, c) * 32767.0f, -32768.0f, 32767.0f));
        pad8(y, c) = BoundaryConditions::mirror_image(cvt7, {{0, 3840}, {0, 3}})(y, c);
        output(x, y, c) = ((cast<float>(pad8(y, c)) * 0.000031f) + mn4(x, y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1920}, {0, 3}});
        input2.set_estimates({{0, 2560}, {0, 1920}});
        output.set_estimates({{0, 5120}, {0, 3840}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            mean6.compute_root().parallel(y);
            mean6.update(0).vectorize(y, 8);
            mean6.update(1).vectorize(y, 8);
            mn4.compute_root().vectorize(x, 8).parallel(y);
            warp2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp119, rp_119)
