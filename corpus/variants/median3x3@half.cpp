// median3x3 with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// 3x3 median filter on an 8-bit image using min/max sorting networks: sort
// each row triple horizontally, then combine the columns vertically.
#include "Halide.h"

using namespace Halide;

namespace {

class Median3x3 : public Generator<Median3x3> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func clamped{"clamped"}, max_x{"max_x"}, min_x{"min_x"}, mid_x{"mid_x"};
    Func min_max{"min_max"}, max_min{"max_min"}, mid_mid{"mid_mid"};

    void generate() {
        clamped(x, y) = BoundaryConditions::mirror_image(input)(x, y);

        Expr a = clamped(x - 1, y), b = clamped(x, y), c = clamped(x + 1, y);
        max_x(x, y) = max(max(a, b), c);
        min_x(x, y) = min(min(a, b), c);
        mid_x(x, y) = max(min(max(a, b), c), min(a, b));

        min_max(x, y) = min(min(max_x(x, y - 1), max_x(x, y)), max_x(x, y + 1));
        max_min(x, y) = max(max(min_x(x, y - 1), min_x(x, y)), min_x(x, y + 1));
        Expr p = mid_x(x, y - 1), q = mid_x(x, y), s = mid_x(x, y + 1);
        mid_mid(x, y) = max(min(max(p, q), s), min(p, q));

        Expr lo = min_max(x, y), mi = mid_mid(x, y), hi = max_min(x, y);
        output(x, y) = max(min(max(lo, mi), hi), min(lo, mi));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}});
        output.set_estimates({{0, 768}, {0, 1280}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32).parallel(yo).vectorize(x, 32);
            max_x.store_at(output, yo).compute_at(output, yi).vectorize(x, 32);
            min_x.store_at(output, yo).compute_at(output, yi).vectorize(x, 32);
            mid_x.store_at(output, yo).compute_at(output, yi).vectorize(x, 32);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Median3x3, median3x3)
