// Random pipeline (seed 523): 18 stages over image2d 1280x1280 uint16 input.
// Steps: boundary, separable, downsample, downsample, activation, gather, scan, scan, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp523 : public Generator<Rp523> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_cumsum6, r_cumsum7;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, down2_x{"down2_x"}, down2_y{"down2_y"}, down3_x{"down3_x"};
    Func down3_y{"down3_y"}, act4{"act4"}, warp5{"warp5"}, cumsum6{"cumsum6"}, cumsum7{"cumsum7"}, pw8{"pw8"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        blur1_x(x, y) = ((cast<float>(in0(x - 1, y)) * 0.000015f) + 3.0f * (cast<float>(in0(x, y)) * 0.000015f) + 3.0f * (cast<float>(in0(x + 1, y)) * 0.000015f) + (cast<float>(in0(x + 2, y)) * 0.000015f)) * 0.125f;
        blur1_y(x, y) = (blur1_x(x, y - 1) + 3.0f * blur1_x(x, y) + 3.0f * blur1_x(x, y + 1) + blur1_x(x, y + 2)) * 0.125f;
        down2_x(x, y) = (blur1_y(2 * x - 1, y) + 3.0f * blur1_y(2 * x, y) + 3.0f * blur1_y(2 * x + 1, y) + blur1_y(2 * x + 2, y)) * 0.125f;
        down2_y(x, y) = (down2_x(x, 2 * y - 1) + 3.0f * down2_x(x, 2 * y) + 3.0f * down2_x(x, 2 * y + 1) + down2_x(x, 2 * y + 2)) * 0.125f;
        down3_x(x, y) = (down2_y(2 * x - 1, y) + 3.0f * down2_y(2 * x, y) + 3.0f * down2_y(2 * x + 1, y) + down2_y(2 * x + 2, y)) * 0.125f;
        down3_y(x, y) = (down3_x(x, 2 * y - 1) + 3.0f * down3_x(x, 2 * y) + 3.0f * down3_x(x, 2 * y + 1) + down3_x(x, 2 * y + 2)) * 0.125f;
        act4(x, y) = log(1.0f + exp(down3_y(x, y)));
        Expr warp5_sx = cast<float>(x) + down3_y(x, y) * 8.0f;
        Expr warp5_ix = clamp(cast<int32_t>(floor(warp5_sx)), 0, 318);
        Expr warp5_fx = clamp(warp5_sx - cast<float>(warp5_ix), 0.0f, 1.0f);
        warp5(x, y) = lerp(act4(warp5_ix, y), act4(warp5_ix + 1, y), warp5_fx);
        r_cumsum6 = RDom(1, 319, "r_cumsum6");
        cumsum6(x, y) = warp5(x, y);
        cumsum6(r_cumsum6.x, y) = cumsum6(r_cumsum6.x - 1, y) + cumsum6(r_cumsum6.x, y);
        r_cumsum7 = RDom(1, 319, "r_cumsum7");
        cumsum7(x, y) = cumsum6(x, y);
        cumsum7(x, r_cumsum7.x) = cumsum7(x, r_cumsum7.x - 1) + cumsum7(x, r_cumsum7.x);
        pw8(x, y) = sin(cumsum7(x, y)) * 0.5f + 0.5f;
        output(x, y) = cast<uint16_t>(clamp(pw8(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1280}});
        output.set_estimates({{0, 320}, {0, 320}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            pw8.compute_root().vectorize(x, 8).parallel(y);
            cumsum7.compute_root().vectorize(x, 8).parallel(y);
            cumsum7.update(0).vectorize(x, 8);
            cumsum6.compute_root().vectorize(x, 8).parallel(y);
            cumsum6.update(0).vectorize(y, 16);
            warp5.compute_root().vectorize(x, 16).parallel(y);
            act4.compute_root().vectorize(x, 16).parallel(y);
            down3_y.compute_root().vectorize(x, 8).parallel(y);
            down3_x.compute_at(down3_y, y).vectorize(x, 16);
            down2_y.compute_root().vectorize(x, 8).parallel(y);
            down2_x.compute_at(down2_y, y).vectorize(x, 16);
            blur1_x.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(blur1_x, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp523, rp_523)
