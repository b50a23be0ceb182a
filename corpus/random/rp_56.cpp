// Random pipeline (seed 56): 15 stages over image2d 4096x3072 uint8 input.
// Steps: boundary, boundary, boundary, stencil, resample, stencil, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp56 : public Generator<Rp56> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pad2{"pad2"}, grad3{"grad3"}, resize4_x{"resize4_x"}, resize4_y{"resize4_y"};
    Func dilate5{"dilate5"}, add6{"add6"}, avg7{"avg7"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        pad2(x, y) = BoundaryConditions::mirror_interior(in1, {{0, 4096}, {0, 3072}})(x, y);
        grad3(x, y) = sqrt((pad2(x + 1, y) - pad2(x - 1, y)) * (pad2(x + 1, y) - pad2(x - 1, y)) + (pad2(x, y + 1) - pad2(x, y - 1)) * (pad2(x, y + 1) - pad2(x, y - 1)));
        Expr resize4_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_x_ix = cast<int32_t>(floor(resize4_x_sx));
        Expr resize4_x_fx = resize4_x_sx - cast<float>(resize4_x_ix);
        resize4_x(x, y) = lerp(grad3(resize4_x_ix, y), grad3(resize4_x_ix + 1, y), resize4_x_fx);
        Expr resize4_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize4_y_iy = cast<int32_t>(floor(resize4_y_sy));
        Expr resize4_y_fy = resize4_y_sy - cast<float>(resize4_y_iy);
        resize4_y(x, y) = lerp(resize4_x(x, resize4_y_iy), resize4_x(x, resize4_y_iy + 1), resize4_y_fy);
        dilate5(x, y) = max(max(max(max(resize4_y(x, y), resize4_y(x - 1, y)), resize4_y(x + 1, y)), resize4_y(x, y - 1)), resize4_y(x, y + 1));
        add6(x, y) = (cast<float>(in0(x, y)) * 0.003922f) + grad3(x, y);
        avg7(x, y) = (dilate5(x, y) + add6(x * 1024 / 819, y * 1024 / 819)) * 0.5f;
        output(x, y) = cast<uint8_t>(clamp(avg7(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 3072}});
        input2.set_estimates({{0, 4096}, {0, 3072}});
        output.set_estimates({{0, 3276}, {0, 2457}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            add6.compute_root().vectorize(x, 16).parallel(y);
            dilate5.compute_root().vectorize(x, 16).parallel(y);
            resize4_y.compute_at(dilate5, y).vectorize(x, 8);
            resize4_x.compute_at(resize4_y, y).vectorize(x, 16);
            pad2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp56, rp_56)
