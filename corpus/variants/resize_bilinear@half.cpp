// resize_bilinear with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Bilinear resampling of an 8-bit RGB image by an arbitrary scale factor
// (float source coordinates), separable: horizontal pass then vertical pass.
#include "Halide.h"

using namespace Halide;

namespace {

class ResizeBilinear : public Generator<ResizeBilinear> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> scale_factor{"scale_factor"};
    Output<Buffer<uint8_t>> output{"output", 3};

    void generate() {
        Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
        Func clamped{"clamped"}, as_float{"as_float"}, resized_x{"resized_x"}, resized_y{"resized_y"};

        clamped(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        as_float(x, y, c) = cast<float>(clamped(x, y, c));

        Expr inv = 1.0f / scale_factor;
        Expr src_x = (cast<float>(x) + 0.5f) * inv - 0.5f;
        Expr ix = cast<int32_t>(floor(src_x));
        Expr fx = src_x - cast<float>(ix);
        resized_x(x, y, c) = lerp(as_float(ix, y, c), as_float(ix + 1, y, c), fx);

        Expr src_y = (cast<float>(y) + 0.5f) * inv - 0.5f;
        Expr iy = cast<int32_t>(floor(src_y));
        Expr fy = src_y - cast<float>(iy);
        resized_y(x, y, c) = lerp(resized_x(x, iy, c), resized_x(x, iy + 1, c), fy);

        output(x, y, c) = cast<uint8_t>(clamp(resized_y(x, y, c) + 0.5f, 0.0f, 255.0f));

        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        scale_factor.set_estimate(1.5f);
        output.set_estimates({{0, 1152}, {0, 1920}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .reorder(xi, yi, c, xo, yo)
                .parallel(yo)
                .vectorize(xi, 16);
            resized_x.compute_at(output, xo).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(ResizeBilinear, resize_bilinear)
