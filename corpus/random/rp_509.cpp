// Random pipeline (seed 509): 11 stages over image2d 640x256 uint16 input.
// Steps: boundary, upsample, pointwise, upsample, activation, activation, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp509 : public Generator<Rp509> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, up1_x{"up1_x"}, up1_y{"up1_y"}, pw2{"pw2"}, up3{"up3"}, act4{"act4"};
    Func act5{"act5"}, cvt6{"cvt6"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        up1_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.000015f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.000015f);
        up1_y(x, y) = 0.25f * up1_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up1_x(x, y / 2);
        pw2(x, y) = up1_y(x, y) / (1.0f + abs(up1_y(x, y)));
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y) = lerp(lerp(pw2(x / 2, y / 2), pw2(x / 2 + 1, y / 2), up3_fx), lerp(pw2(x / 2, y / 2 + 1), pw2(x / 2 + 1, y / 2 + 1), up3_fx), up3_fy);
        act4(x, y) = select(up3(x, y) > 0.0f, up3(x, y), up3(x, y) * 0.1f);
        act5(x, y) = log(1.0f + exp(act4(x, y)));
        cvt6(x, y) = cast<int16_t>(clamp(act5(x, y) * 32767.0f, -32768.0f, 32767.0f));
        output(x, y) = (cast<float>(cvt6(x, y)) * 0.000031f);
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 256}});
        output.set_estimates({{0, 2560}, {0, 1024}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            cvt6.compute_root().vectorize(x, 8).parallel(y);
            act4.compute_at(cvt6, y).vectorize(x, 8);
            up3.compute_root().vectorize(x, 16).parallel(y);
            pw2.compute_root().vectorize(x, 8).parallel(y);
            up1_y.compute_at(pw2, y).vectorize(x, 16);
            up1_x.compute_at(up1_y, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp509, rp_509)
