// Random pipeline (seed 170): 18 stages over image2d 4096x1280 uint8 input.
// Steps: boundary, boundary, gather, binary, activation, scan, binary, downsample, cast, transpose, stencil, pointwise, conv, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp170 : public Generator<Rp170> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_iir5, r_conv12;
    Func in0{"in0"}, in1{"in1"}, warp2{"warp2"}, blend3{"blend3"}, act4{"act4"}, iir5{"iir5"};
    Func blend6{"blend6"}, down7_x{"down7_x"}, down7_y{"down7_y"}, cvt8{"cvt8"}, tr9{"tr9"}, box10{"box10"};
    Func pw11{"pw11"}, conv12{"conv12"}, cvt13{"cvt13"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        Expr warp2_sx = cast<float>(x) + (cast<float>(in0(x, y)) * 0.003922f) * 4.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 4094);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        warp2(x, y) = lerp((cast<float>(in1(warp2_ix, y)) * 0.003922f), (cast<float>(in1(warp2_ix + 1, y)) * 0.003922f), warp2_fx);
        blend3(x, y) = lerp(warp2(x, y), (cast<float>(in0(x, y)) * 0.003922f), 0.3f);
        act4(x, y) = 1.0f / (1.0f + exp(-blend3(x, y)));
        r_iir5 = RDom(1, 4095, "r_iir5");
        iir5(x, y) = act4(x, y);
        iir5(r_iir5.x, y) = 0.9f * iir5(r_iir5.x - 1, y) + 0.1f * iir5(r_iir5.x, y);
        blend6(x, y) = lerp(iir5(x, y), blend3(x, y), 0.3f);
        down7_x(x, y) = ((cast<float>(in1(2 * x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(in1(2 * x, y)) * 0.003922f) + 3.0f * (cast<float>(in1(2 * x + 1, y)) * 0.003922f) + (cast<float>(in1(2 * x + 2, y)) * 0.003922f)) * 0.125f;
        down7_y(x, y) = (down7_x(x, 2 * y - 1) + 3.0f * down7_x(x, 2 * y) + 3.0f * down7_x(x, 2 * y + 1) + down7_x(x, 2 * y + 2)) * 0.125f;
        cvt8(x, y) = cast<uint8_t>(clamp(down7_y(x, y) * 255.0f, 0.0f, 255.0f));
        tr9(x, y) = iir5(y, x);
        box10(x, y) = (tr9(x - 1, y - 1) + tr9(x, y - 1) + tr9(x + 1, y - 1) + tr9(x - 1, y) + tr9(x, y) + tr9(x + 1, y) + tr9(x - 1, y + 1) + tr9(x, y + 1) + tr9(x + 1, y + 1)) * 0.111111f;
        pw11(x, y) = floor(box10(x, y) * 8.0f) * 0.125f * gain;
        r_conv12 = RDom(0, 3, 0, 3, "r_conv12");
        conv12(x, y) = 0.0f;
        conv12(x, y) += pw11(x + r_conv12.x - 1, y + r_conv12.y - 1) * exp(-cast<float>((r_conv12.x - 1) * (r_conv12.x - 1) + (r_conv12.y - 1) * (r_conv12.y - 1)) * 0.8f);
        cvt13(x, y) = cast<int16_t>(clamp(conv12(x, y) * 32767.0f, -32768.0f, 32767.0f));
        output(x, y) = cast<uint8_t>(clamp(((cast<float>(cvt13(x, y)) * 0.000031f) + blend6(x * 16 / 5, y * 5 / 16) + (cast<float>(cvt8(x * 8 / 5, y * 5 / 32)) * 0.003922f)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1280}});
        input2.set_estimates({{0, 4096}, {0, 1280}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 1280}, {0, 4096}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            cvt13.compute_root().vectorize(x, 8).parallel(y);
            conv12.compute_at(cvt13, y).vectorize(x, 16);
            conv12.update(0).vectorize(x, 16);
            box10.compute_root().vectorize(x, 8).parallel(y);
            tr9.compute_at(box10, y).vectorize(x, 16);
            cvt8.compute_root().vectorize(x, 8).parallel(y);
            down7_x.compute_at(cvt8, y).vectorize(x, 16);
            iir5.compute_root().vectorize(x, 8).parallel(y);
            iir5.update(0).vectorize(y, 16);
            blend3.compute_root().vectorize(x, 8).parallel(y);
            warp2.compute_at(blend3, y).vectorize(x, 8);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp170, rp_170)
