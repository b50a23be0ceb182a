// Random pipeline (seed 105): 14 stages over image2d 4096x4096 float input.
// Steps: boundary, lut, binary, conv, activation, transpose, pointwise, pointwise, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp105 : public Generator<Rp105> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv4;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, diff3{"diff3"}, conv4{"conv4"}, act5{"act5"};
    Func tr6{"tr6"}, pw7{"pw7"}, pw8{"pw8"}, resize9{"resize9"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        curve1(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut2(x, y) = curve1(clamp(cast<int32_t>(in0(x, y) * 1023.0f), 0, 1023));
        diff3(x, y) = absd(lut2(x, y), curve1(x / 4));
        r_conv4 = RDom(0, 5, 0, 5, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += diff3(x + r_conv4.x - 2, y + r_conv4.y - 2) * exp(-cast<float>((r_conv4.x - 2) * (r_conv4.x - 2) + (r_conv4.y - 2) * (r_conv4.y - 2)) * 0.3f);
        act5(x, y) = clamp(conv4(x, y) * 6.0f, 0.0f, 6.0f);
        tr6(x, y) = act5(y, x);
        pw7(x, y) = tanh(tr6(x, y)) * gain;
        pw8(x, y) = pow(abs(pw7(x, y)) + 0.001f, 0.4545f) * gain;
        Expr resize9_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize9_ix = cast<int32_t>(floor(resize9_sx));
        Expr resize9_fx = resize9_sx - cast<float>(resize9_ix);
        Expr resize9_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize9_iy = cast<int32_t>(floor(resize9_sy));
        Expr resize9_fy = resize9_sy - cast<float>(resize9_iy);
        resize9(x, y) = lerp(lerp(pw8(resize9_ix, resize9_iy), pw8(resize9_ix + 1, resize9_iy), resize9_fx), lerp(pw8(resize9_ix, resize9_iy + 1), pw8(resize9_ix + 1, resize9_iy + 1), resize9_fx), resize9_fy);
        output(x, y) = cast<uint8_t>(clamp(resize9(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 4096}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 5120}, {0, 5120}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            pw8.compute_at(output, xo).vectorize(x, 8);
            pw7.compute_root().vectorize(x, 8).parallel(y);
            tr6.compute_root().vectorize(x, 8).parallel(y);
            conv4.compute_at(tr6, y).vectorize(x, 16);
            conv4.update(0).vectorize(x, 16);
            diff3.compute_root().vectorize(x, 8).parallel(y);
            lut2.compute_at(diff3, y).vectorize(x, 16);
            curve1.compute_root().vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp105, rp_105)
