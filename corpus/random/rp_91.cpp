// Random pipeline (seed 91): 18 stages over image2d 4096x1536 uint8 input.
// Steps: boundary, boundary, gather, separable, binary, cast, cast, reindex, conv, activation, stencil, binary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp91 : public Generator<Rp91> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv8{"w_conv8", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_conv8;
    Func in0{"in0"}, in1{"in1"}, warp2{"warp2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, mn4{"mn4"};
    Func cvt5{"cvt5"}, cvt6{"cvt6"}, shift7{"shift7"}, conv8{"conv8"}, relu9{"relu9"}, grad10{"grad10"};
    Func diff11{"diff11"}, pw12{"pw12"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        Expr warp2_sx = cast<float>(x) + (cast<float>(in1(x, y)) * 0.003922f) * 2.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 4094);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        Expr warp2_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(in1(x, y)) * 0.003922f) * 2.0f)), 0, 1535);
        warp2(x, y) = lerp((cast<float>(in0(warp2_ix, warp2_iy)) * 0.003922f), (cast<float>(in0(warp2_ix + 1, warp2_iy)) * 0.003922f), warp2_fx);
        blur3_x(x, y) = (warp2(x - 1, y) + 2.0f * warp2(x, y) + warp2(x + 1, y)) * 0.25f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + 2.0f * blur3_x(x, y) + blur3_x(x, y + 1)) * 0.25f;
        mn4(x, y) = min(blur3_y(x, y), blur3_x(x, y));
        cvt5(x, y) = cast<uint8_t>(clamp(mn4(x, y) * 255.0f, 0.0f, 255.0f));
        cvt6(x, y) = saturating_cast<int16_t>(cvt5(x, y));
        shift7(x, y) = cvt6(x + 1, y - 6);
        r_conv8 = RDom(0, 5, 0, 5, "r_conv8");
        conv8(x, y) = 0.0f;
        conv8(x, y) += (cast<float>(shift7(x + r_conv8.x - 2, y + r_conv8.y - 2)) * 0.000031f) * w_conv8(r_conv8.x, r_conv8.y);
        relu9(x, y) = max(conv8(x, y), 0.0f);
        grad10(x, y) = sqrt((relu9(x + 1, y) - relu9(x - 1, y)) * (relu9(x + 1, y) - relu9(x - 1, y)) + (relu9(x, y + 1) - relu9(x, y - 1)) * (relu9(x, y + 1) - relu9(x, y - 1)));
        diff11(x, y) = absd(grad10(x, y), conv8(x, y));
        pw12(x, y) = pow(abs(diff11(x, y)) + 0.001f, 0.4545f) * gain;
        output(x, y) = cast<uint16_t>(clamp(pw12(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1536}});
        input2.set_estimates({{0, 4096}, {0, 1536}});
        gain.set_estimate(1.0f);
        w_conv8.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 4096}, {0, 1536}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            pw12.compute_at(output, yo).vectorize(x, 8);
            diff11.compute_root().vectorize(x, 16).parallel(y);
            grad10.compute_at(diff11, y).vectorize(x, 16);
            relu9.compute_at(grad10, y).vectorize(x, 8);
            conv8.compute_root().vectorize(x, 16).parallel(y);
            conv8.update(0).vectorize(x, 16).unroll(r_conv8.x).parallel(y);
            shift7.compute_root().vectorize(x, 16).parallel(y);
            cvt6.compute_at(shift7, y).vectorize(x, 16);
            cvt5.compute_at(cvt6, y).vectorize(x, 16);
            mn4.compute_at(cvt5, y).vectorize(x, 8);
            blur3_y.compute_at(mn4, y).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp91, rp_91)
