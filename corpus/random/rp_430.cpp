// Random pipeline (seed 430): 20 stages over image3d 2048x1536x3 float input.
// Steps: boundary, boundary, upsample, downsample, binary, separable, pointwise, reindex, reduction, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp430 : public Generator<Rp430> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red8;
    Func in0{"in0"}, in1{"in1"}, up2{"up2"}, down3_x{"down3_x"}, down3_y{"down3_y"}, blend4{"blend4"};
    Func blur5_x{"blur5_x"}, blur5_y{"blur5_y"}, pw6{"pw6"}, flip7{"flip7"}, red8{"red8"}, down9_x{"down9_x"};
    Func down9_y{"down9_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y, c) = lerp(lerp(in1(x / 2, y / 2, c), in1(x / 2 + 1, y / 2, c), up2_fx), lerp(in1(x / 2, y / 2 + 1, c), in1(x / 2 + 1, y / 2 + 1, c), up2_fx), up2_fy);
        down3_x(x, y, c) = (up2(2 * x - 1, y, c) + 3.0f * up2(2 * x, y, c) + 3.0f * up2(2 * x + 1, y, c) + up2(2 * x + 2, y, c)) * 0.125f;
        down3_y(x, y, c) = (down3_x(x, 2 * y - 1, c) + 3.0f * down3_x(x, 2 * y, c) + 3.0f * down3_x(x, 2 * y + 1, c) + down3_x(x, 2 * y + 2, c)) * 0.125f;
        blend4(x, y, c) = lerp(down3_y(x, y, c), in0(x, y, c), 0.3f);
        blur5_x(x, y, c) = (blend4(x - 1, y, c) + 2.0f * blend4(x, y, c) + blend4(x + 1, y, c)) * 0.25f;
        blur5_y(x, y, c) = (blur5_x(x, y - 1, c) + 2.0f * blur5_x(x, y, c) + blur5_x(x, y + 1, c)) * 0.25f;
        pw6(x, y, c) = blur5_y(x, y, c) * blur5_y(x, y, c) * 0.5f - blur5_y(x, y, c) * gain;
        flip7(x, y, c) = pw6(2047 - x, y, c);
        r_red8 = RDom(0, 3, "r_red8");
        red8(x, y) = 0.0f;
        red8(x, y) += flip7(x, y, r_red8.x);
        down9_x(x, y) = (red8(2 * x - 1, y) + 3.0f * red8(2 * x, y) + 3.0f * red8(2 * x + 1, y) + red8(2 * x + 2, y)) * 0.125f;
        down9_y(x, y) = (down9_x(x, 2 * y - 1) + 3.0f * down9_x(x, 2 * y) + 3.0f * down9_x(x, 2 * y + 1) + down9_x(x, 2 * y + 2)) * 0.125f;
        output(x, y) = cast<uint8_t>(clamp(down9_y(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1536}, {0, 3}});
        input2.set_estimates({{0, 2048}, {0, 1536}, {0, 3}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1024}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            down9_y.compute_root().vectorize(x, 16).parallel(y);
            red8.compute_root().vectorize(x, 16).parallel(y);
            red8.update(0).vectorize(x, 8).unroll(r_red8.x).parallel(y);
            flip7.compute_root().vectorize(x, 16).parallel(y);
            pw6.compute_root().vectorize(x, 16).parallel(y);
            blur5_y.compute_root().vectorize(x, 16).parallel(y);
            blend4.compute_at(blur5_y, y).vectorize(x, 8);
            down3_y.compute_at(blend4, y).vectorize(x, 16);
            down3_x.compute_root().vectorize(x, 8).parallel(y);
            up2.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(blend4, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp430, rp_430)
