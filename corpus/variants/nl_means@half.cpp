// nl_means with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Non-local means denoising of a float RGB image: per-offset patch distances
// blurred with RDom box sums, exponential weights, and a weighted RDom
// accumulation over the search window (weight sum kept in channel 3).
#include "Halide.h"

using namespace Halide;

namespace {

class NlMeans : public Generator<NlMeans> {
public:
    GeneratorParam<int> patch_size{"patch_size", 7};
    GeneratorParam<int> search_area{"search_area", 7};

    Input<Buffer<float>> input{"input", 3};
    Input<float> sigma{"sigma"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, dx{"dx"}, dy{"dy"}, xi{"xi"}, yi{"yi"};
    RDom patch_dom, s_dom;
    Func clamped{"clamped"}, d{"d"}, blur_d_y{"blur_d_y"}, blur_d{"blur_d"}, w{"w"};
    Func non_local_means{"non_local_means"};

    void generate() {
        const int ps = patch_size, sa = search_area;
        const int pr = ps / 2, sr = sa / 2;
        patch_dom = RDom(-pr, ps, "patch_dom");
        s_dom = RDom(-sr, sa, -sr, sa, "s_dom");

        clamped(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        Expr inv_sigma_sq = -1.0f / (sigma * sigma * (float)(ps * ps));

        Expr d0 = clamped(x, y, 0) - clamped(x + dx, y + dy, 0);
        Expr d1 = clamped(x, y, 1) - clamped(x + dx, y + dy, 1);
        Expr d2 = clamped(x, y, 2) - clamped(x + dx, y + dy, 2);
        d(x, y, dx, dy) = d0 * d0 + d1 * d1 + d2 * d2;

        blur_d_y(x, y, dx, dy) = 0.0f;
        blur_d_y(x, y, dx, dy) += d(x, y + patch_dom, dx, dy);
        blur_d(x, y, dx, dy) = 0.0f;
        blur_d(x, y, dx, dy) += blur_d_y(x + patch_dom, y, dx, dy);

        w(x, y, dx, dy) = exp(blur_d(x, y, dx, dy) * inv_sigma_sq);

        non_local_means(x, y, c) = 0.0f;
        non_local_means(x, y, c) += w(x, y, s_dom.x, s_dom.y) *
                                   select(c < 3, clamped(x + s_dom.x, y + s_dom.y, c), 1.0f);

        output(x, y, c) = clamp(non_local_means(x, y, c) / non_local_means(x, y, 3), 0.0f, 1.0f);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        sigma.set_estimate(0.12f);
        output.set_estimates({{0, 768}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xi, yi, 64, 32)
                .reorder(xi, yi, c, x, y)
                .parallel(y)
                .vectorize(xi, 8);
            non_local_means.compute_at(output, x)
                .bound(c, 0, 4)
                .reorder(c, x, y)
                .unroll(c)
                .vectorize(x, 8);
            non_local_means.update(0)
                .reorder(c, x, y, s_dom.x, s_dom.y)
                .unroll(c)
                .vectorize(x, 8);
            d.compute_at(non_local_means, s_dom.x).vectorize(x, 8);
            blur_d_y.compute_at(non_local_means, s_dom.x).vectorize(x, 8);
            blur_d_y.update(0).reorder(x, y, patch_dom).vectorize(x, 8);
            blur_d.compute_at(non_local_means, s_dom.x).vectorize(x, 8);
            blur_d.update(0).reorder(x, y, patch_dom).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(NlMeans, nl_means)
