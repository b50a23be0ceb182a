// sobel_edges with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Sobel edge magnitude on an 8-bit RGB image: luma, horizontal and vertical
// gradients, magnitude and 8-bit output.
#include "Halide.h"

using namespace Halide;

namespace {

class SobelEdges : public Generator<SobelEdges> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func clamped{"clamped"}, gray{"gray"}, grad_x{"grad_x"}, grad_y{"grad_y"}, magnitude{"magnitude"};

    void generate() {
        clamped(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        gray(x, y) = cast<int16_t>((cast<uint16_t>(clamped(x, y, 0)) * 77 +
                                    cast<uint16_t>(clamped(x, y, 1)) * 150 +
                                    cast<uint16_t>(clamped(x, y, 2)) * 29) >> 8);
        grad_x(x, y) = (gray(x + 1, y - 1) + 2 * gray(x + 1, y) + gray(x + 1, y + 1)) -
                       (gray(x - 1, y - 1) + 2 * gray(x - 1, y) + gray(x - 1, y + 1));
        grad_y(x, y) = (gray(x - 1, y + 1) + 2 * gray(x, y + 1) + gray(x + 1, y + 1)) -
                       (gray(x - 1, y - 1) + 2 * gray(x, y - 1) + gray(x + 1, y - 1));
        Expr gx = cast<float>(grad_x(x, y));
        Expr gy = cast<float>(grad_y(x, y));
        magnitude(x, y) = sqrt(gx * gx + gy * gy);
        output(x, y) = cast<uint8_t>(min(magnitude(x, y) * 0.25f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 1280}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 64).parallel(yo).vectorize(x, 16);
            gray.store_at(output, yo).compute_at(output, yi).vectorize(x, 16);
            magnitude.compute_at(output, yi).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(SobelEdges, sobel_edges)
