// Random pipeline (seed 240): 8 stages over image2d 1920x1280 uint8 input.
// Steps: boundary, activation, binary, transpose, reduction, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp240 : public Generator<Rp240> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_rmax4;
    Func in0{"in0"}, act1{"act1"}, mul2{"mul2"}, tr3{"tr3"}, rmax4{"rmax4"}, up5{"up5"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        act1(x, y) = select((cast<float>(in0(x, y)) * 0.003922f) > 0.0f, (cast<float>(in0(x, y)) * 0.003922f), (cast<float>(in0(x, y)) * 0.003922f) * 0.1f);
        mul2(x, y) = act1(x, y) * (cast<float>(in0(x, y)) * 0.003922f);
        tr3(x, y) = mul2(y, x);
        r_rmax4 = RDom(1, 1919, "r_rmax4");
        rmax4(y) = act1(0, y);
        rmax4(y) = max(rmax4(y), act1(r_rmax4.x, y));
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y) = lerp(lerp(tr3(x / 2, y / 2), tr3(x / 2 + 1, y / 2), up5_fx), lerp(tr3(x / 2, y / 2 + 1), tr3(x / 2 + 1, y / 2 + 1), up5_fx), up5_fy);
        output(x, y) = cast<uint8_t>(clamp((up5(x, y) + rmax4(y / 3)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 1280}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 2560}, {0, 3840}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            up5.compute_root().vectorize(x, 16).parallel(y);
            rmax4.compute_root().parallel(y);
            rmax4.update(0).vectorize(y, 16);
            tr3.compute_root().vectorize(x, 16).parallel(y);
            mul2.compute_at(tr3, y).vectorize(x, 16);
            act1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp240, rp_240)
