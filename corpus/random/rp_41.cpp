// Random pipeline (seed 41): 10 stages over image3d 384x1024x3 uint8 input.
// Steps: boundary, boundary, histogram, downsample, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp41 : public Generator<Rp41> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist2;
    Func in0{"in0"}, in1{"in1"}, hist2{"hist2"}, down3{"down3"}, resize4{"resize4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        r_hist2 = RDom(0, 384, 0, 1024, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(in1(r_hist2.x, r_hist2.y)) * 256 / 256, 0, 255)) += 1;
        down3(x, y, c) = ((cast<float>(in0(2 * x, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y, c)) * 0.003922f) + (cast<float>(in0(2 * x, 2 * y + 1, c)) * 0.003922f) + (cast<float>(in0(2 * x + 1, 2 * y + 1, c)) * 0.003922f)) * 0.25f;
        Expr resize4_sx = (cast<float>(x) + 0.5f) * 1.5f - 0.5f;
        Expr resize4_ix = cast<int32_t>(floor(resize4_sx));
        Expr resize4_fx = resize4_sx - cast<float>(resize4_ix);
        Expr resize4_sy = (cast<float>(y) + 0.5f) * 1.5f - 0.5f;
        Expr resize4_iy = cast<int32_t>(floor(resize4_sy));
        Expr resize4_fy = resize4_sy - cast<float>(resize4_iy);
        resize4(x, y, c) = lerp(lerp(down3(resize4_ix, resize4_iy, c), down3(resize4_ix + 1, resize4_iy, c), resize4_fx), lerp(down3(resize4_ix, resize4_iy + 1, c), down3(resize4_ix + 1, resize4_iy + 1, c), resize4_fx), resize4_fy);
        output(x, y, c) = cast<uint8_t>(clamp((resize4(x, y, c) + (cast<float>(hist2(x * 2)) * 0.000977f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 384}, {0, 1024}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 128}, {0, 341}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            hist2.compute_root();
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp41, rp_41)
