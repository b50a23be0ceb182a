// Random pipeline (seed 147): 18 stages over image3d 640x512x3 float input.
// Steps: boundary, boundary, conv, all_to_all, gather, histogram, binary, stencil, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp147 : public Generator<Rp147> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv2{"w_conv2", 2};
    Input<Buffer<float>> w_mix3{"w_mix3", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_conv2, r_mix3, r_hist5;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, mix3{"mix3"}, warp4{"warp4"}, hist5{"hist5"};
    Func avg6{"avg6"}, lap7{"lap7"}, act8{"act8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, cast<uint16_t>(0))(x, y, c);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y, c) = 0.0f;
        conv2(x, y, c) += (cast<float>(in1(x + r_conv2.x - 1, y + r_conv2.y - 1, c)) * 0.000015f) * w_conv2(r_conv2.x, r_conv2.y);
        r_mix3 = RDom(0, 3, "r_mix3");
        mix3(x, y, c) = 0.0f;
        mix3(x, y, c) += conv2(x, y, r_mix3.x) * w_mix3(r_mix3.x, clamp(c, 0, 2));
        Expr warp4_sx = cast<float>(x) + in0(x, y, c) * 8.0f;
        Expr warp4_ix = clamp(cast<int32_t>(floor(warp4_sx)), 0, 638);
        Expr warp4_fx = clamp(warp4_sx - cast<float>(warp4_ix), 0.0f, 1.0f);
        Expr warp4_iy = clamp(cast<int32_t>(floor(cast<float>(y) - in0(x, y, c) * 8.0f)), 0, 511);
        warp4(x, y, c) = lerp(mix3(warp4_ix, warp4_iy, c), mix3(warp4_ix + 1, warp4_iy, c), warp4_fx);
        r_hist5 = RDom(0, 640, 0, 512, 0, 3, "r_hist5");
        hist5(x) = 0.0f;
        hist5(clamp(cast<int32_t>(in0(r_hist5.x, r_hist5.y, r_hist5.z) * 127.0f), 0, 127)) += in0(r_hist5.x, r_hist5.y, r_hist5.z);
        avg6(x, y, c) = (warp4(x, y, c) + hist5(x / 5)) * 0.5f;
        lap7(x, y, c) = mix3(x - 1, y, c) + mix3(x + 1, y, c) + mix3(x, y - 1, c) + mix3(x, y + 1, c) - 4.0f * mix3(x, y, c);
        act8(x, y, c) = log(1.0f + exp(lap7(x, y, c)));
        output(x, y, c) = (act8(x, y, c) + avg6(x, y, c)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 512}, {0, 3}});
        input2.set_estimates({{0, 640}, {0, 512}, {0, 3}});
        gain.set_estimate(1.25f);
        w_conv2.set_estimates({{0, 3}, {0, 3}});
        w_mix3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 640}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            act8.compute_root().vectorize(x, 8).parallel(y);
            lap7.compute_at(act8, y).vectorize(x, 8);
            avg6.compute_root().vectorize(x, 8).parallel(y);
            hist5.compute_root().vectorize(x, 16);
            hist5.update(0).unroll(r_hist5.z);
            warp4.compute_root().vectorize(x, 8).parallel(y);
            mix3.compute_root().vectorize(x, 8).parallel(y);
            mix3.update(0).vectorize(x, 16).parallel(y);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp147, rp_147)
