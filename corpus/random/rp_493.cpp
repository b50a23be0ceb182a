// Random pipeline (seed 493): 18 stages over image2d 512x640 uint8 input.
// Steps: boundary, stencil, pointwise, transpose, activation, pointwise, conv, pointwise, all_to_all, stencil, conv, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp493 : public Generator<Rp493> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv6, r_mm8, r_conv10;
    Func in0{"in0"}, lap1{"lap1"}, pw2{"pw2"}, tr3{"tr3"}, act4{"act4"}, pw5{"pw5"};
    Func conv6{"conv6"}, pw7{"pw7"}, mm8{"mm8"}, grad9{"grad9"}, conv10{"conv10"}, pw11{"pw11"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        lap1(x, y) = (cast<float>(in0(x - 1, y)) * 0.003922f) + (cast<float>(in0(x + 1, y)) * 0.003922f) + (cast<float>(in0(x, y - 1)) * 0.003922f) + (cast<float>(in0(x, y + 1)) * 0.003922f) - 4.0f * (cast<float>(in0(x, y)) * 0.003922f);
        pw2(x, y) = lap1(x, y) * lap1(x, y) * 0.5f - lap1(x, y);
        tr3(x, y) = pw2(y, x);
        act4(x, y) = log(1.0f + exp(tr3(x, y)));
        pw5(x, y) = sin(pw2(x, y)) * 0.5f + 0.5f;
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y) = 0.0f;
        conv6(x, y) += pw5(x + r_conv6.x - 1, y + r_conv6.y - 1) * exp(-cast<float>((r_conv6.x - 1) * (r_conv6.x - 1) + (r_conv6.y - 1) * (r_conv6.y - 1)) * 0.5f);
        pw7(x, y) = log(abs(conv6(x, y)) + 1.0f);
        r_mm8 = RDom(0, 512, "r_mm8");
        mm8(x, y) = 0.0f;
        mm8(x, y) += pw7(r_mm8.x, y) * (cast<float>((r_mm8.x + 2 * x) % 7) * 0.1f - 0.3f);
        grad9(x, y) = sqrt((mm8(x + 1, y) - mm8(x - 1, y)) * (mm8(x + 1, y) - mm8(x - 1, y)) + (mm8(x, y + 1) - mm8(x, y - 1)) * (mm8(x, y + 1) - mm8(x, y - 1)));
        r_conv10 = RDom(0, 3, 0, 3, "r_conv10");
        conv10(x, y) = 0.0f;
        conv10(x, y) += act4(x + r_conv10.x - 1, y + r_conv10.y - 1) * exp(-cast<float>((r_conv10.x - 1) * (r_conv10.x - 1) + (r_conv10.y - 1) * (r_conv10.y - 1)) * 0.8f);
        pw11(x, y) = pow(abs(conv10(x, y)) + 0.001f, 0.4545f);
        output(x, y) = cast<uint8_t>(clamp((pw11(x, y) + grad9(x * 4 / 5, y * 5 / 4)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 640}});
        output.set_estimates({{0, 640}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            conv10.compute_root().vectorize(x, 16).parallel(y);
            conv10.update(0).vectorize(x, 8).unroll(r_conv10.x).parallel(y);
            grad9.compute_at(output, yo).vectorize(x, 16);
            mm8.compute_at(grad9, y).vectorize(x, 8);
            mm8.update(0).vectorize(x, 8);
            pw7.compute_root().vectorize(x, 8).parallel(y);
            conv6.compute_at(pw7, y).vectorize(x, 16);
            conv6.update(0).vectorize(x, 16).unroll(r_conv6.x);
            pw5.compute_root().vectorize(x, 8).parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(pw2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp493, rp_493)
