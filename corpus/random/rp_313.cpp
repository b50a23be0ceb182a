// Random pipeline (seed 313): 17 stages over image3d 1024x3072x3 uint8 input.
// Steps: boundary, stencil, activation, stencil, upsample, pointwise, reduction, stencil, pointwise, upsample, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp313 : public Generator<Rp313> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_rmax6, r_iir10;
    Func in0{"in0"}, grad1{"grad1"}, act2{"act2"}, dilate3{"dilate3"}, up4{"up4"}, pw5{"pw5"};
    Func rmax6{"rmax6"}, lap7{"lap7"}, pw8{"pw8"}, up9{"up9"}, iir10{"iir10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        grad1(x, y, c) = sqrt(((cast<float>(in0(x + 1, y, c)) * 0.003922f) - (cast<float>(in0(x - 1, y, c)) * 0.003922f)) * ((cast<float>(in0(x + 1, y, c)) * 0.003922f) - (cast<float>(in0(x - 1, y, c)) * 0.003922f)) + ((cast<float>(in0(x, y + 1, c)) * 0.003922f) - (cast<float>(in0(x, y - 1, c)) * 0.003922f)) * ((cast<float>(in0(x, y + 1, c)) * 0.003922f) - (cast<float>(in0(x, y - 1, c)) * 0.003922f)));
        act2(x, y, c) = max(grad1(x, y, c) - 0.25f, 0.0f);
        dilate3(x, y, c) = max(max(max(max(act2(x, y, c), act2(x - 1, y, c)), act2(x + 1, y, c)), act2(x, y - 1, c)), act2(x, y + 1, c));
        Expr up4_fx = cast<float>(x % 2) * 0.5f;
        Expr up4_fy = cast<float>(y % 2) * 0.5f;
        up4(x, y, c) = lerp(lerp(dilate3(x / 2, y / 2, c), dilate3(x / 2 + 1, y / 2, c), up4_fx), lerp(dilate3(x / 2, y / 2 + 1, c), dilate3(x / 2 + 1, y / 2 + 1, c), up4_fx), up4_fy);
        pw5(x, y, c) = up4(x, y, c) / (1.0f + abs(up4(x, y, c)));
        r_rmax6 = RDom(1, 2, "r_rmax6");
        rmax6(x, y) = pw5(x, y, 0);
        rmax6(x, y) = max(rmax6(x, y), pw5(x, y, r_rmax6.x));
        lap7(x, y) = rmax6(x - 1, y) + rmax6(x + 1, y) + rmax6(x, y - 1) + rmax6(x, y + 1) - 4.0f * rmax6(x, y);
        pw8(x, y) = pow(abs(lap7(x, y)) + 0.001f, 0.4545f);
        Expr up9_fx = cast<float>(x % 2) * 0.5f;
        Expr up9_fy = cast<float>(y % 2) * 0.5f;
        up9(x, y) = lerp(lerp(pw8(x / 2, y / 2), pw8(x / 2 + 1, y / 2), up9_fx), lerp(pw8(x / 2, y / 2 + 1), pw8(x / 2 + 1, y / 2 + 1), up9_fx), up9_fy);
        r_iir10 = RDom(1, 4095, "r_iir10");
        iir10(x, y) = up9(x, y);
        iir10(r_iir10.x, y) = 0.9f * iir10(r_iir10.x - 1, y) + 0.1f * iir10(r_iir10.x, y);
        output(x, y) = cast<uint8_t>(clamp(iir10(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 3072}, {0, 3}});
        output.set_estimates({{0, 4096}, {0, 12288}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            iir10.compute_root().vectorize(x, 8).parallel(y);
            iir10.update(0).vectorize(y, 16);
            lap7.compute_root().vectorize(x, 8).parallel(y);
            rmax6.compute_root().vectorize(x, 8).parallel(y);
            rmax6.update(0).vectorize(x, 8).parallel(y);
            pw5.compute_root().vectorize(x, 8).parallel(y);
            up4.compute_at(pw5, y).vectorize(x, 16);
            grad1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp313, rp_313)
