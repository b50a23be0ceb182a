// Random pipeline (seed 371): 16 stages over image2d 384x512 float input.
// Steps: boundary, boundary, lut, pointwise, resample, separable, boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp371 : public Generator<Rp371> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, curve2{"curve2"}, lut3{"lut3"}, pw4{"pw4"}, resize5_x{"resize5_x"};
    Func resize5_y{"resize5_y"}, blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, pad7{"pad7"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        curve2(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut3(x, y) = curve2(clamp(cast<int32_t>(in0(x, y) * 255.0f), 0, 255));
        pw4(x, y) = lut3(x, y) * lut3(x, y) * 0.5f - lut3(x, y);
        Expr resize5_x_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_x_ix = cast<int32_t>(floor(resize5_x_sx));
        Expr resize5_x_fx = resize5_x_sx - cast<float>(resize5_x_ix);
        resize5_x(x, y) = lerp(pw4(resize5_x_ix, y), pw4(resize5_x_ix + 1, y), resize5_x_fx);
        Expr resize5_y_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_y_iy = cast<int32_t>(floor(resize5_y_sy));
        Expr resize5_y_fy = resize5_y_sy - cast<float>(resize5_y_iy);
        resize5_y(x, y) = lerp(resize5_x(x, resize5_y_iy), resize5_x(x, resize5_y_iy + 1), resize5_y_fy);
        blur6_x(x, y) = (resize5_x(x - 2, y) + 4.0f * resize5_x(x - 1, y) + 6.0f * resize5_x(x, y) + 4.0f * resize5_x(x + 1, y) + resize5_x(x + 2, y)) * 0.0625f;
        blur6_y(x, y) = (blur6_x(x, y - 2) + 4.0f * blur6_x(x, y - 1) + 6.0f * blur6_x(x, y) + 4.0f * blur6_x(x, y + 1) + blur6_x(x, y + 2)) * 0.0625f;
        pad7(x, y) = BoundaryConditions::repeat_edge(in1, {{0, 384}, {0, 512}})(x, y);
        output(x, y) = (pad7(x, y) + resize5_y(x * 4 / 3, y * 341 / 256) + blur6_y(x * 4 / 3, y)) * 0.333333f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 512}});
        input2.set_estimates({{0, 384}, {0, 512}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 384}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            blur6_x.compute_root().vectorize(x, 8).parallel(y);
            resize5_y.compute_at(output, xo).vectorize(x, 16);
            resize5_x.compute_root().vectorize(x, 16).parallel(y);
            lut3.compute_at(resize5_x, y).vectorize(x, 8);
            curve2.compute_root().vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp371, rp_371)
