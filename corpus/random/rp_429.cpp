// Random pipeline (seed 429): 16 stages over image2d 1024x384 float input.
// Steps: boundary, resample, reindex, histogram, activation, lut, upsample, transpose, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp429 : public Generator<Rp429> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> w_conv8{"w_conv8", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist3, r_conv8;
    Func in0{"in0"}, resize1_x{"resize1_x"}, resize1_y{"resize1_y"}, flip2{"flip2"}, hist3{"hist3"}, act4{"act4"};
    Func lut5{"lut5"}, up6{"up6"}, tr7{"tr7"}, conv8{"conv8"}, relu9{"relu9"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        Expr resize1_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize1_x_ix = cast<int32_t>(floor(resize1_x_sx));
        Expr resize1_x_fx = resize1_x_sx - cast<float>(resize1_x_ix);
        resize1_x(x, y) = lerp(in0(resize1_x_ix, y), in0(resize1_x_ix + 1, y), resize1_x_fx);
        Expr resize1_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize1_y_iy = cast<int32_t>(floor(resize1_y_sy));
        Expr resize1_y_fy = resize1_y_sy - cast<float>(resize1_y_iy);
        resize1_y(x, y) = lerp(resize1_x(x, resize1_y_iy), resize1_x(x, resize1_y_iy + 1), resize1_y_fy);
        flip2(x, y) = resize1_y(818 - x, y);
        r_hist3 = RDom(0, 819, 0, 307, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(flip2(r_hist3.x, r_hist3.y) * 127.0f), 0, 127)) += 1;
        act4(x) = 1.0f / (1.0f + exp(-(cast<float>(hist3(x)) * 0.000977f)));
        lut5(x, y) = act4(clamp(cast<int32_t>(in0(x, y) * 127.0f), 0, 127));
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp(lut5(x / 2, y / 2), lut5(x / 2 + 1, y / 2), up6_fx), lerp(lut5(x / 2, y / 2 + 1), lut5(x / 2 + 1, y / 2 + 1), up6_fx), up6_fy);
        tr7(x, y) = up6(y, x);
        r_conv8 = RDom(0, 3, 0, 3, "r_conv8");
        conv8(x, y) = 0.0f;
        conv8(x, y) += tr7(x + r_conv8.x - 1, y + r_conv8.y - 1) * w_conv8(r_conv8.x, r_conv8.y);
        relu9(x, y) = max(conv8(x, y), 0.0f);
        output(x, y) = relu9(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 384}});
        w_conv8.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 2048}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            relu9.compute_root().vectorize(x, 8).parallel(y);
            conv8.compute_at(relu9, y).vectorize(x, 8);
            conv8.update(0).vectorize(x, 8).unroll(r_conv8.x);
            tr7.compute_root().vectorize(x, 16).parallel(y);
            up6.compute_at(tr7, y).vectorize(x, 8);
            lut5.compute_at(up6, y).vectorize(x, 16);
            act4.compute_root().vectorize(x, 8);
            hist3.compute_root();
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp429, rp_429)
