// Random pipeline (seed 299): 15 stages over image3d 1280x1280x3 float input.
// Steps: boundary, boundary, reduction, binary, upsample, histogram, stencil, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp299 : public Generator<Rp299> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red2, r_hist5;
    Func in0{"in0"}, in1{"in1"}, red2{"red2"}, add3{"add3"}, up4_x{"up4_x"}, up4_y{"up4_y"};
    Func hist5{"hist5"}, lap6{"lap6"}, resize7{"resize7"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        r_red2 = RDom(0, 1280, "r_red2");
        red2(x) = minimum(in1(x, r_red2.x));
        add3(x, y, c) = in0(x, y, c) + red2(x);
        up4_x(x, y, c) = 0.25f * add3((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * add3(x / 2, y, c);
        up4_y(x, y, c) = 0.25f * up4_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up4_x(x, y / 2, c);
        r_hist5 = RDom(0, 2560, 0, 2560, 0, 3, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(up4_y(r_hist5.x, r_hist5.y, r_hist5.z) * 255.0f), 0, 255)) += 1;
        lap6(x) = (cast<float>(hist5(x - 1)) * 0.000977f) + (cast<float>(hist5(x + 1)) * 0.000977f) - 2.0f * (cast<float>(hist5(x)) * 0.000977f);
        Expr resize7_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize7_ix = cast<int32_t>(floor(resize7_sx));
        Expr resize7_fx = resize7_sx - cast<float>(resize7_ix);
        Expr resize7_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize7_iy = cast<int32_t>(floor(resize7_sy));
        Expr resize7_fy = resize7_sy - cast<float>(resize7_iy);
        resize7(x, y, c) = lerp(lerp(up4_y(resize7_ix, resize7_iy, c), up4_y(resize7_ix + 1, resize7_iy, c), resize7_fx), lerp(up4_y(resize7_ix, resize7_iy + 1, c), up4_y(resize7_ix + 1, resize7_iy + 1, c), resize7_fx), resize7_fy);
        output(x, y, c) = (resize7(x, y, c) + lap6(x * 256 / 3413)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1280}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 1280}});
        output.set_estimates({{0, 3413}, {0, 3413}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            resize7.compute_at(output, y).vectorize(x, 16);
            hist5.compute_root().vectorize(x, 8);
            hist5.update(0).unroll(r_hist5.z);
            up4_x.compute_root().vectorize(x, 8).parallel(y);
            add3.compute_at(up4_x, c).vectorize(x, 16);
            red2.compute_root().vectorize(x, 8);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp299, rp_299)
