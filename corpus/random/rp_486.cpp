// Random pipeline (seed 486): 15 stages over image3d 640x1024x4 uint8 input.
// Steps: boundary, cast, separable, gather, downsample, pointwise, binary, pointwise, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp486 : public Generator<Rp486> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv8;
    Func in0{"in0"}, cvt1{"cvt1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, warp3{"warp3"}, down4{"down4"};
    Func pw5{"pw5"}, avg6{"avg6"}, pw7{"pw7"}, conv8{"conv8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        cvt1(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f);
        blur2_x(x, y, c) = (cvt1(x - 1, y, c) + 3.0f * cvt1(x, y, c) + 3.0f * cvt1(x + 1, y, c) + cvt1(x + 2, y, c)) * 0.125f;
        blur2_y(x, y, c) = (blur2_x(x, y - 1, c) + 3.0f * blur2_x(x, y, c) + 3.0f * blur2_x(x, y + 1, c) + blur2_x(x, y + 2, c)) * 0.125f;
        Expr warp3_sx = cast<float>(x) + (cast<float>(in0(x, y, c)) * 0.003922f) * 4.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 638);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        Expr warp3_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(in0(x, y, c)) * 0.003922f) * 4.0f)), 0, 1023);
        warp3(x, y, c) = lerp(blur2_y(warp3_ix, warp3_iy, c), blur2_y(warp3_ix + 1, warp3_iy, c), warp3_fx);
        down4(x, y, c) = (warp3(2 * x, 2 * y, c) + warp3(2 * x + 1, 2 * y, c) + warp3(2 * x, 2 * y + 1, c) + warp3(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        pw5(x, y, c) = sin(down4(x, y, c)) * 0.5f + 0.5f;
        avg6(x, y, c) = (blur2_y(x, y, c) + pw5(x / 2, y / 2, c)) * 0.5f;
        pw7(x, y, c) = floor(avg6(x, y, c) * 8.0f) * 0.125f;
        r_conv8 = RDom(0, 3, 0, 3, "r_conv8");
        conv8(x, y, c) = 0.0f;
        conv8(x, y, c) += pw7(x + r_conv8.x - 1, y + r_conv8.y - 1, c) * exp(-cast<float>((r_conv8.x - 1) * (r_conv8.x - 1) + (r_conv8.y - 1) * (r_conv8.y - 1)) * 0.3f);
        output(x, y, c) = cast<uint8_t>(clamp(conv8(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1024}, {0, 4}});
        output.set_estimates({{0, 640}, {0, 1024}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            conv8.compute_root().vectorize(x, 16).parallel(c);
            conv8.update(0).vectorize(x, 16);
            avg6.compute_root().vectorize(x, 8).parallel(c);
            pw5.compute_at(avg6, y).vectorize(x, 8);
            blur2_x.compute_root().vectorize(x, 8).parallel(c);
            cvt1.compute_at(blur2_x, c).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp486, rp_486)
