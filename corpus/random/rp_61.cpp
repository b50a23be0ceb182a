// Random pipeline (seed 61): 17 stages over image2d 640x384 int16 input.
// Steps: boundary, activation, conv, scan, activation, binary, resample, upsample, histogram, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp61 : public Generator<Rp61> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_conv2, r_iir3, r_hist8;
    Func in0{"in0"}, act1{"act1"}, conv2{"conv2"}, iir3{"iir3"}, act4{"act4"}, add5{"add5"};
    Func resize6{"resize6"}, up7{"up7"}, hist8{"hist8"}, pad9{"pad9"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        act1(x, y) = max((cast<float>(in0(x, y)) * 0.000031f) - 0.25f, 0.0f);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += act1(x + r_conv2.x - 1, y + r_conv2.y - 1) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.3f);
        r_iir3 = RDom(1, 383, "r_iir3");
        iir3(x, y) = conv2(x, y);
        iir3(x, r_iir3.x) = 0.5f * iir3(x, r_iir3.x - 1) + 0.5f * iir3(x, r_iir3.x);
        act4(x, y) = clamp(iir3(x, y) * 6.0f, 0.0f, 6.0f);
        add5(x, y) = act4(x, y) + conv2(x, y);
        Expr resize6_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize6_ix = cast<int32_t>(floor(resize6_sx));
        Expr resize6_fx = resize6_sx - cast<float>(resize6_ix);
        Expr resize6_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize6_iy = cast<int32_t>(floor(resize6_sy));
        Expr resize6_fy = resize6_sy - cast<float>(resize6_iy);
        resize6(x, y) = lerp(lerp(add5(resize6_ix, resize6_iy), add5(resize6_ix + 1, resize6_iy), resize6_fx), lerp(add5(resize6_ix, resize6_iy + 1), add5(resize6_ix + 1, resize6_iy + 1), resize6_fx), resize6_fy);
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y) = lerp(lerp(resize6(x / 2, y / 2), resize6(x / 2 + 1, y / 2), up7_fx), lerp(resize6(x / 2, y / 2 + 1), resize6(x / 2 + 1, y / 2 + 1), up7_fx), up7_fy);
        r_hist8 = RDom(0, 1600, 0, 960, "r_hist8");
        hist8(x) = 0;
        hist8(clamp(cast<int32_t>(up7(r_hist8.x, r_hist8.y) * 255.0f), 0, 255)) += 1;
        pad9(x) = BoundaryConditions::mirror_interior(hist8, {{0, 256}})(x);
        output(x) = cast<uint8_t>(clamp((cast<float>(pad9(x)) * 0.000977f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 384}});
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            hist8.compute_root();
            add5.compute_root().vectorize(x, 8).parallel(y);
            act4.compute_at(add5, y).vectorize(x, 8);
            iir3.compute_root().vectorize(x, 8).parallel(y);
            iir3.update(0).vectorize(x, 8);
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp61, rp_61)
