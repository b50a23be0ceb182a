// Random pipeline (seed 181): 9 stages over image3d 1920x512x3 uint8 input.
// Steps: boundary, boundary, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp181 : public Generator<Rp181> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, resize2_x{"resize2_x"}, resize2_y{"resize2_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        Expr resize2_x_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize2_x_ix = cast<int32_t>(floor(resize2_x_sx));
        Expr resize2_x_fx = resize2_x_sx - cast<float>(resize2_x_ix);
        resize2_x(x, y) = lerp(in1(resize2_x_ix, y), in1(resize2_x_ix + 1, y), resize2_x_fx);
        Expr resize2_y_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize2_y_iy = cast<int32_t>(floor(resize2_y_sy));
        Expr resize2_y_fy = resize2_y_sy - cast<float>(resize2_y_iy);
        resize2_y(x, y) = lerp(resize2_x(x, resize2_y_iy), resize2_x(x, resize2_y_iy + 1), resize2_y_fy);
        output(x, y, c) = cast<uint8_t>(clamp((resize2_y(x, y) + (cast<float>(in0(x * 5 / 4, y * 512 / 409, c)) * 0.003922f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 512}, {0, 3}});
        input2.set_estimates({{0, 1920}, {0, 512}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1536}, {0, 409}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            in1.compute_at(output, xo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp181, rp_181)
