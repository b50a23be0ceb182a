// gaussian_blur with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Separable 7-tap Gaussian blur on a float RGB image with RDom taps,
// normalized kernel computed from a sigma GeneratorParam, constant_exterior.
#include "Halide.h"

using namespace Halide;

namespace {

class GaussianBlur : public Generator<GaussianBlur> {
public:
    GeneratorParam<float> sigma{"sigma", 1.5f};

    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, i{"i"}, xi{"xi"}, yi{"yi"};
    RDom r{-3, 7, "r"};
    RDom rk{-3, 7, "rk"};
    Func bounded{"bounded"}, kernel_raw{"kernel_raw"}, kernel_total{"kernel_total"};
    Func kernel{"kernel"}, blur_x{"blur_x"}, blur_y{"blur_y"};

    void generate() {
        bounded(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);

        Expr s = cast<float>(sigma);
        kernel_raw(i) = exp(-cast<float>(i * i) / (2.0f * s * s));
        kernel_total() = 0.0f;
        kernel_total() += kernel_raw(rk);
        kernel(i) = kernel_raw(i) / kernel_total();

        blur_x(x, y, c) = 0.0f;
        blur_x(x, y, c) += kernel(r) * bounded(x + r, y, c);
        blur_y(x, y, c) = 0.0f;
        blur_y(x, y, c) += kernel(r) * blur_x(x, y + r, c);

        output(x, y, c) = blur_y(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            kernel.compute_root();
            kernel_total.compute_root();
            output.tile(x, y, xi, yi, 128, 32)
                .reorder(xi, yi, x, y, c)
                .vectorize(xi, 8)
                .parallel(y);
            blur_y.compute_at(output, x).vectorize(x, 8);
            blur_y.update(0).reorder(r, x, y).vectorize(x, 8).unroll(r);
            blur_x.compute_at(output, x).vectorize(x, 8);
            blur_x.update(0).reorder(r, x, y).vectorize(x, 8).unroll(r);
            bounded.compute_at(output, x).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(GaussianBlur, gaussian_blur)
