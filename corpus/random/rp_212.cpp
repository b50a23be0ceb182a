// Random pipeline (seed 212): 17 stages over image3d 384x1536x3 uint8 input.
// Steps: boundary, conv, activation, downsample, resample, pointwise, cast, upsample, all_to_all, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp212 : public Generator<Rp212> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv1, r_mix8;
    Func in0{"in0"}, conv1{"conv1"}, relu2{"relu2"}, down3{"down3"}, resize4{"resize4"}, pw5{"pw5"};
    Func cvt6{"cvt6"}, up7{"up7"}, mix8{"mix8"}, curve9{"curve9"}, lut10{"lut10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        r_conv1 = RDom(0, 5, 0, 5, "r_conv1");
        conv1(x, y, c) = 0.0f;
        conv1(x, y, c) += (cast<float>(in0(x + r_conv1.x - 2, y + r_conv1.y - 2, c)) * 0.003922f) * exp(-cast<float>((r_conv1.x - 2) * (r_conv1.x - 2) + (r_conv1.y - 2) * (r_conv1.y - 2)) * 0.3f);
        relu2(x, y, c) = max(conv1(x, y, c), 0.0f);
        down3(x, y, c) = (relu2(2 * x, 2 * y, c) + relu2(2 * x + 1, 2 * y, c) + relu2(2 * x, 2 * y + 1, c) + relu2(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        Expr resize4_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_ix = cast<int32_t>(floor(resize4_sx));
        Expr resize4_fx = resize4_sx - cast<float>(resize4_ix);
        Expr resize4_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_iy = cast<int32_t>(floor(resize4_sy));
        Expr resize4_fy = resize4_sy - cast<float>(resize4_iy);
        resize4(x, y, c) = lerp(lerp(down3(resize4_ix, resize4_iy, c), down3(resize4_ix + 1, resize4_iy, c), resize4_fx), lerp(down3(resize4_ix, resize4_iy + 1, c), down3(resize4_ix + 1, resize4_iy + 1, c), resize4_fx), resize4_fy);
        pw5(x, y, c) = relu2(x, y, c) / (1.0f + abs(relu2(x, y, c)));
        cvt6(x, y, c) = cast<int16_t>(clamp(resize4(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y, c) = lerp(lerp((cast<float>(cvt6(x / 2, y / 2, c)) * 0.000031f), (cast<float>(cvt6(x / 2 + 1, y / 2, c)) * 0.000031f), up7_fx), lerp((cast<float>(cvt6(x / 2, y / 2 + 1, c)) * 0.000031f), (cast<float>(cvt6(x / 2 + 1, y / 2 + 1, c)) * 0.000031f), up7_fx), up7_fy);
        r_mix8 = RDom(0, 3, "r_mix8");
        mix8(x, y, c) = 0.0f;
        mix8(x, y, c) += up7(x, y, r_mix8.x) * (cast<float>((r_mix8.x + 2 * c) % 7) * 0.1f - 0.3f);
        curve9(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut10(x, y, c) = curve9(clamp(cast<int32_t>(pw5(x, y, c) * 255.0f), 0, 255));
        output(x, y, c) = cast<uint8_t>(clamp((lut10(x, y, c) + mix8(x * 51 / 64, y * 307 / 384, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}, {0, 3}});
        output.set_estimates({{0, 384}, {0, 1536}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            lut10.compute_at(output, y).vectorize(x, 8);
            curve9.compute_root().vectorize(x, 8);
            mix8.compute_at(output, y).vectorize(x, 16);
            mix8.update(0).vectorize(x, 8);
            pw5.compute_at(lut10, y).vectorize(x, 8);
            resize4.compute_root().vectorize(x, 8).parallel(y);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp212, rp_212)
