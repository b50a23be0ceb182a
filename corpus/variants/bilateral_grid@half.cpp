// bilateral_grid with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Bilateral grid edge-preserving smoothing of a float grayscale image:
// scatter pixels into a 3-D grid with an RDom, blur the grid along z, x and y,
// then slice it with trilinear interpolation.
#include "Halide.h"

using namespace Halide;

namespace {

class BilateralGrid : public Generator<BilateralGrid> {
public:
    GeneratorParam<int> s_sigma{"s_sigma", 8};

    Input<Buffer<float>> input{"input", 2};
    Input<float> r_sigma{"r_sigma"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, z{"z"}, c{"c"}, xi{"xi"}, yi{"yi"};
    RDom r;
    Func clamped{"clamped"}, histogram{"histogram"}, blurz{"blurz"}, blurx{"blurx"}, blury{"blury"};
    Func interpolated{"interpolated"};

    void generate() {
        const int s = s_sigma;
        r = RDom(0, s, 0, s, "r");

        clamped(x, y) = BoundaryConditions::repeat_edge(input)(x, y);

        Expr val = clamp(clamped(x * s + r.x - s / 2, y * s + r.y - s / 2), 0.0f, 1.0f);
        Expr zi = cast<int32_t>(val * (1.0f / r_sigma) + 0.5f);
        histogram(x, y, z, c) = 0.0f;
        histogram(x, y, zi, c) += select(c == 0, val, 1.0f);

        blurz(x, y, z, c) = histogram(x, y, z - 2, c) + 4.0f * histogram(x, y, z - 1, c) +
                            6.0f * histogram(x, y, z, c) + 4.0f * histogram(x, y, z + 1, c) +
                            histogram(x, y, z + 2, c);
        blurx(x, y, z, c) = blurz(x - 2, y, z, c) + 4.0f * blurz(x - 1, y, z, c) + 6.0f * blurz(x, y, z, c) +
                            4.0f * blurz(x + 1, y, z, c) + blurz(x + 2, y, z, c);
        blury(x, y, z, c) = blurx(x, y - 2, z, c) + 4.0f * blurx(x, y - 1, z, c) + 6.0f * blurx(x, y, z, c) +
                            4.0f * blurx(x, y + 1, z, c) + blurx(x, y + 2, z, c);

        Expr v = clamp(input(x, y), 0.0f, 1.0f);
        Expr zv = v * (1.0f / r_sigma);
        Expr zl = cast<int32_t>(zv);
        Expr zf = zv - cast<float>(zl);
        Expr xf = cast<float>(x % s) / s;
        Expr yf = cast<float>(y % s) / s;
        Expr xg = x / s;
        Expr yg = y / s;
        interpolated(x, y, c) =
            lerp(lerp(lerp(blury(xg, yg, zl, c), blury(xg + 1, yg, zl, c), xf),
                      lerp(blury(xg, yg + 1, zl, c), blury(xg + 1, yg + 1, zl, c), xf), yf),
                 lerp(lerp(blury(xg, yg, zl + 1, c), blury(xg + 1, yg, zl + 1, c), xf),
                      lerp(blury(xg, yg + 1, zl + 1, c), blury(xg + 1, yg + 1, zl + 1, c), xf), yf),
                 zf);

        output(x, y) = interpolated(x, y, 0) / interpolated(x, y, 1);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}});
        r_sigma.set_estimate(0.1f);
        output.set_estimates({{0, 768}, {0, 1280}});

        if (!auto_schedule) {
            histogram.compute_at(blurz, y);
            histogram.update(0).reorder(c, r.x, r.y, x, y).unroll(c);
            blurz.compute_root().bound(c, 0, 2).reorder(c, z, x, y).parallel(y).vectorize(x, 8).unroll(c);
            blurx.compute_root().bound(c, 0, 2).reorder(c, x, y, z).parallel(z).vectorize(x, 8).unroll(c);
            blury.compute_root().bound(c, 0, 2).reorder(c, x, y, z).parallel(z).vectorize(x, 8).unroll(c);
            output.tile(x, y, xi, yi, 32, 8).parallel(y).vectorize(xi, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(BilateralGrid, bilateral_grid)
