// harris_corners with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Harris corner response on a float RGB image: luma, Sobel derivatives,
// structure tensor products, 3x3 box sums, and det - k * trace^2.
#include "Halide.h"

using namespace Halide;

namespace {

class HarrisCorners : public Generator<HarrisCorners> {
public:
    GeneratorParam<float> kappa{"kappa", 0.04f};

    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 2};

    void generate() {
        Var x{"x"}, y{"y"}, c{"c"}, xi{"xi"}, yi{"yi"};
        Func clamped{"clamped"}, gray{"gray"}, Iy{"Iy"}, Ix{"Ix"};
        Func Ixx{"Ixx"}, Iyy{"Iyy"}, Ixy{"Ixy"}, Sxx{"Sxx"}, Syy{"Syy"}, Sxy{"Sxy"};
        Func det{"det"}, trace{"trace"};

        clamped(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        gray(x, y) = 0.299f * clamped(x, y, 0) + 0.587f * clamped(x, y, 1) + 0.114f * clamped(x, y, 2);

        Iy(x, y) = gray(x - 1, y - 1) * (-1.0f / 12) + gray(x - 1, y + 1) * (1.0f / 12) +
                   gray(x, y - 1) * (-2.0f / 12) + gray(x, y + 1) * (2.0f / 12) +
                   gray(x + 1, y - 1) * (-1.0f / 12) + gray(x + 1, y + 1) * (1.0f / 12);
        Ix(x, y) = gray(x - 1, y - 1) * (-1.0f / 12) + gray(x + 1, y - 1) * (1.0f / 12) +
                   gray(x - 1, y) * (-2.0f / 12) + gray(x + 1, y) * (2.0f / 12) +
                   gray(x - 1, y + 1) * (-1.0f / 12) + gray(x + 1, y + 1) * (1.0f / 12);

        Ixx(x, y) = Ix(x, y) * Ix(x, y);
        Iyy(x, y) = Iy(x, y) * Iy(x, y);
        Ixy(x, y) = Ix(x, y) * Iy(x, y);

        RDom r(-1, 3, -1, 3, "r");
        Sxx(x, y) = 0.0f;
        Sxx(x, y) += Ixx(x + r.x, y + r.y);
        Syy(x, y) = 0.0f;
        Syy(x, y) += Iyy(x + r.x, y + r.y);
        Sxy(x, y) = 0.0f;
        Sxy(x, y) += Ixy(x + r.x, y + r.y);

        det(x, y) = Sxx(x, y) * Syy(x, y) - Sxy(x, y) * Sxy(x, y);
        trace(x, y) = Sxx(x, y) + Syy(x, y);
        output(x, y) = det(x, y) - kappa * trace(x, y) * trace(x, y);

        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 766}, {0, 1278}});

        if (!auto_schedule) {
            output.split(y, y, yi, 32).parallel(y).vectorize(x, 8);
            gray.store_at(output, y).compute_at(output, yi).vectorize(x, 8);
            Ix.store_at(output, y).compute_at(output, yi).vectorize(x, 8);
            Iy.store_at(output, y).compute_at(output, yi).vectorize(x, 8);
            Sxx.compute_at(output, yi).vectorize(x, 8);
            Sxx.update(0).vectorize(x, 8).unroll(r.x).unroll(r.y);
            Syy.compute_at(output, yi).vectorize(x, 8);
            Syy.update(0).vectorize(x, 8).unroll(r.x).unroll(r.y);
            Sxy.compute_at(output, yi).vectorize(x, 8);
            Sxy.update(0).vectorize(x, 8).unroll(r.x).unroll(r.y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(HarrisCorners, harris_corners)
