// Random pipeline (seed 326): 20 stages over image3d 256x384x3 uint8 input.
// Steps: boundary, activation, activation, transpose, upsample, pointwise, stencil, separable, transpose, binary, binary, gather, binary, separable, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp326 : public Generator<Rp326> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, act1{"act1"}, act2{"act2"}, tr3{"tr3"}, up4{"up4"}, pw5{"pw5"};
    Func erode6{"erode6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, tr8{"tr8"}, mn9{"mn9"}, mul10{"mul10"};
    Func warp11{"warp11"}, avg12{"avg12"}, blur13_x{"blur13_x"}, blur13_y{"blur13_y"}, mul14{"mul14"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        act1(x, y, c) = max((cast<float>(in0(x, y, c)) * 0.003922f) - 0.25f, 0.0f);
        act2(x, y, c) = log(1.0f + exp(act1(x, y, c)));
        tr3(x, y, c) = act2(y, x, c);
        Expr up4_fx = cast<float>(x % 2) * 0.5f;
        Expr up4_fy = cast<float>(y % 2) * 0.5f;
        up4(x, y, c) = lerp(lerp(tr3(x / 2, y / 2, c), tr3(x / 2 + 1, y / 2, c), up4_fx), lerp(tr3(x / 2, y / 2 + 1, c), tr3(x / 2 + 1, y / 2 + 1, c), up4_fx), up4_fy);
        pw5(x, y, c) = sin(up4(x, y, c)) * 0.5f + 0.5f;
        erode6(x, y, c) = min(min(min(min(pw5(x, y, c), pw5(x - 1, y, c)), pw5(x + 1, y, c)), pw5(x, y - 1, c)), pw5(x, y + 1, c));
        blur7_x(x, y, c) = (erode6(x - 1, y, c) + 3.0f * erode6(x, y, c) + 3.0f * erode6(x + 1, y, c) + erode6(x + 2, y, c)) * 0.125f;
        blur7_y(x, y, c) = (blur7_x(x, y - 1, c) + 3.0f * blur7_x(x, y, c) + 3.0f * blur7_x(x, y + 1, c) + blur7_x(x, y + 2, c)) * 0.125f;
        tr8(x, y, c) = blur7_y(y, x, c);
        mn9(x, y, c) = min(tr8(x, y, c), blur7_y(x * 3 / 2, y * 2 / 3, c));
        mul10(x, y, c) = mn9(x, y, c) * tr3(x * 3 / 4, y / 3, c);
        Expr warp11_sx = cast<float>(x) + mul10(x, y, c) * 4.0f;
        Expr warp11_ix = clamp(cast<int32_t>(floor(warp11_sx)), 0, 510);
        Expr warp11_fx = clamp(warp11_sx - cast<float>(warp11_ix), 0.0f, 1.0f);
        Expr warp11_iy = clamp(cast<int32_t>(floor(cast<float>(y) - mul10(x, y, c) * 4.0f)), 0, 767);
        warp11(x, y, c) = lerp(tr8(warp11_ix, warp11_iy, c), tr8(warp11_ix + 1, warp11_iy, c), warp11_fx);
        avg12(x, y, c) = (warp11(x, y, c) + mul10(x, y, c)) * 0.5f;
        blur13_x(x, y, c) = (avg12(x - 1, y, c) + avg12(x, y, c) + avg12(x + 1, y, c)) * 0.333333f;
        blur13_y(x, y, c) = (blur13_x(x, y - 1, c) + blur13_x(x, y, c) + blur13_x(x, y + 1, c)) * 0.333333f;
        mul14(x, y, c) = blur13_y(x, y, c) * mn9(x, y, c);
        output(x, y, c) = cast<uint8_t>(clamp(mul14(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 384}, {0, 3}});
        output.set_estimates({{0, 512}, {0, 768}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            mul14.compute_root().vectorize(x, 8).parallel(y);
            avg12.compute_at(mul14, y).vectorize(x, 8);
            warp11.compute_at(avg12, y).vectorize(x, 16);
            mul10.compute_root().vectorize(x, 8).parallel(y);
            blur7_y.compute_root().vectorize(x, 16).parallel(y);
            blur7_x.compute_root().vectorize(x, 8).parallel(y);
            erode6.compute_root().vectorize(x, 16).parallel(y);
            pw5.compute_at(erode6, y).vectorize(x, 16);
            up4.compute_root().vectorize(x, 16).parallel(y);
            tr3.compute_root().vectorize(x, 8).parallel(y);
            act2.compute_root().vectorize(x, 16).parallel(y);
            act1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(act1, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp326, rp_326)
