// Random pipeline (seed 275): 14 stages over image3d 1920x1920x4 uint16 input.
// Steps: boundary, pointwise, gather, scan, conv, histogram, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp275 : public Generator<Rp275> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 1};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir3, r_conv4, r_hist5, r_hist6;
    Func in0{"in0"}, pw1{"pw1"}, warp2{"warp2"}, iir3{"iir3"}, conv4{"conv4"}, hist5{"hist5"};
    Func hist6{"hist6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        pw1(x, y, c) = in0(x, y, c) * 3 / 4;
        Expr warp2_sx = cast<float>(x) + (cast<float>(in0(x, y, c)) * 0.000015f) * 4.0f;
        Expr warp2_ix = clamp(cast<int32_t>(floor(warp2_sx)), 0, 1918);
        Expr warp2_fx = clamp(warp2_sx - cast<float>(warp2_ix), 0.0f, 1.0f);
        Expr warp2_iy = clamp(cast<int32_t>(floor(cast<float>(y) - (cast<float>(in0(x, y, c)) * 0.000015f) * 4.0f)), 0, 1919);
        warp2(x, y, c) = lerp((cast<float>(pw1(warp2_ix, warp2_iy, c)) * 0.000015f), (cast<float>(pw1(warp2_ix + 1, warp2_iy, c)) * 0.000015f), warp2_fx);
        r_iir3 = RDom(1, 1919, "r_iir3");
        iir3(x, y, c) = warp2(x, y, c);
        iir3(x, r_iir3.x, c) = 0.5f * iir3(x, r_iir3.x - 1, c) + 0.5f * iir3(x, r_iir3.x, c);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += iir3(x + r_conv4.x - 1, y + r_conv4.y - 1, c) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.8f);
        r_hist5 = RDom(0, 1920, 0, 1920, 0, 4, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(conv4(r_hist5.x, r_hist5.y, r_hist5.z) * 255.0f), 0, 255)) += 1;
        r_hist6 = RDom(0, 1920, 0, 1920, 0, 4, "r_hist6");
        hist6(x) = 0;
        hist6(clamp(cast<int32_t>(conv4(r_hist6.x, r_hist6.y, r_hist6.z) * 255.0f), 0, 255)) += 1;
        output(x) = cast<uint16_t>(clamp(((cast<float>(hist6(x)) * 0.000977f) + (cast<float>(hist5(x)) * 0.000977f)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 1920}, {0, 4}});
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 8);
            hist6.compute_root().vectorize(x, 16);
            hist6.update(0).unroll(r_hist6.z);
            hist5.compute_root().vectorize(x, 16);
            hist5.update(0).unroll(r_hist5.z);
            conv4.compute_root().vectorize(x, 16).parallel(c);
            conv4.update(0).vectorize(x, 16).unroll(r_conv4.x).parallel(c);
            iir3.compute_root().vectorize(x, 16).parallel(c);
            iir3.update(0).vectorize(x, 16).parallel(c);
            pw1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp275, rp_275)
