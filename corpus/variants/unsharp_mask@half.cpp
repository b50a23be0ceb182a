// unsharp_mask with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Unsharp mask on a float RGB image: luminance, 5-tap Gaussian blur of the
// luminance, sharpened luminance and per-pixel ratio applied to the colors.
#include "Halide.h"

using namespace Halide;

namespace {

class UnsharpMask : public Generator<UnsharpMask> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> strength{"strength"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xi{"xi"}, yi{"yi"};
    Func clamped{"clamped"}, gray{"gray"}, blur_y{"blur_y"}, blur_x{"blur_x"};
    Func sharpen{"sharpen"}, ratio{"ratio"};

    void generate() {
        clamped(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        gray(x, y) = 0.299f * clamped(x, y, 0) + 0.587f * clamped(x, y, 1) + 0.114f * clamped(x, y, 2);

        blur_y(x, y) = 0.0625f * gray(x, y - 2) + 0.25f * gray(x, y - 1) + 0.375f * gray(x, y) +
                       0.25f * gray(x, y + 1) + 0.0625f * gray(x, y + 2);
        blur_x(x, y) = 0.0625f * blur_y(x - 2, y) + 0.25f * blur_y(x - 1, y) + 0.375f * blur_y(x, y) +
                       0.25f * blur_y(x + 1, y) + 0.0625f * blur_y(x + 2, y);

        sharpen(x, y) = gray(x, y) + strength * (gray(x, y) - blur_x(x, y));
        ratio(x, y) = sharpen(x, y) / max(gray(x, y), 1e-4f);
        output(x, y, c) = ratio(x, y) * input(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        strength.set_estimate(1.5f);
        output.set_estimates({{0, 768}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xi, yi, 128, 32)
                .vectorize(xi, 8)
                .parallel(y)
                .reorder(xi, c, yi, x, y);
            ratio.compute_at(output, x).vectorize(x, 8);
            gray.compute_at(output, x).vectorize(x, 8);
            blur_y.compute_at(output, x).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(UnsharpMask, unsharp_mask)
