// Random pipeline (seed 281): 13 stages over image2d 1280x1280 uint16 input.
// Steps: boundary, pointwise, resample, conv, reduction, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp281 : public Generator<Rp281> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_conv3, r_rmax4;
    Func in0{"in0"}, pw1{"pw1"}, resize2_x{"resize2_x"}, resize2_y{"resize2_y"}, conv3{"conv3"}, rmax4{"rmax4"};
    Func blur5_x{"blur5_x"}, blur5_y{"blur5_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        pw1(x, y) = min(in0(x, y), 100);
        Expr resize2_x_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize2_x_ix = cast<int32_t>(floor(resize2_x_sx));
        Expr resize2_x_fx = resize2_x_sx - cast<float>(resize2_x_ix);
        resize2_x(x, y) = lerp((cast<float>(pw1(resize2_x_ix, y)) * 0.000015f), (cast<float>(pw1(resize2_x_ix + 1, y)) * 0.000015f), resize2_x_fx);
        Expr resize2_y_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize2_y_iy = cast<int32_t>(floor(resize2_y_sy));
        Expr resize2_y_fy = resize2_y_sy - cast<float>(resize2_y_iy);
        resize2_y(x, y) = lerp(resize2_x(x, resize2_y_iy), resize2_x(x, resize2_y_iy + 1), resize2_y_fy);
        r_conv3 = RDom(0, 5, 0, 5, "r_conv3");
        conv3(x, y) = 0.0f;
        conv3(x, y) += resize2_y(x + r_conv3.x - 2, y + r_conv3.y - 2) * exp(-cast<float>((r_conv3.x - 2) * (r_conv3.x - 2) + (r_conv3.y - 2) * (r_conv3.y - 2)) * 0.8f);
        r_rmax4 = RDom(1, 639, "r_rmax4");
        rmax4(x) = conv3(x, 0);
        rmax4(x) = max(rmax4(x), conv3(x, r_rmax4.x));
        blur5_x(x, y) = (conv3(x - 1, y) + conv3(x, y) + conv3(x + 1, y)) * 0.333333f;
        blur5_y(x, y) = (blur5_x(x, y - 1) + blur5_x(x, y) + blur5_x(x, y + 1)) * 0.333333f;
        output(x, y) = cast<uint16_t>(clamp((blur5_y(x, y) + rmax4(x)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1280}});
        output.set_estimates({{0, 640}, {0, 640}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            blur5_y.compute_at(output, y).vectorize(x, 8);
            blur5_x.compute_at(blur5_y, y).vectorize(x, 8);
            rmax4.compute_root().vectorize(x, 16);
            rmax4.update(0).vectorize(x, 16);
            conv3.compute_root().vectorize(x, 16).parallel(y);
            conv3.update(0).vectorize(x, 8).parallel(y);
            resize2_x.compute_root().vectorize(x, 8).parallel(y);
            pw1.compute_at(resize2_x, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp281, rp_281)
