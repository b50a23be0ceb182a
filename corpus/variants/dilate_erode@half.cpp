// dilate_erode with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Morphological opening or closing of an 8-bit mask: a separable 3x3 erosion
// with explicit taps and a 5x5 dilation written as an RDom max-update.
#include "Halide.h"

using namespace Halide;

namespace {

class DilateErode : public Generator<DilateErode> {
public:
    GeneratorParam<bool> opening{"opening", true};

    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    void generate() {
        Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
        RDom r(-2, 5, -2, 5, "r");
        Func clamped{"clamped"}, first{"first"}, erode_x{"erode_x"}, erode_y{"erode_y"}, dilated{"dilated"};

        clamped(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        if (opening) {
            first(x, y) = clamped(x, y);
        } else {
            first(x, y) = cast<uint8_t>(255) - clamped(x, y);
        }

        erode_x(x, y) = min(min(first(x - 1, y), first(x, y)), first(x + 1, y));
        erode_y(x, y) = min(min(erode_x(x, y - 1), erode_x(x, y)), erode_x(x, y + 1));

        dilated(x, y) = cast<uint8_t>(0);
        dilated(x, y) = max(dilated(x, y), erode_y(x + r.x, y + r.y));

        if (opening) {
            output(x, y) = dilated(x, y);
        } else {
            output(x, y) = cast<uint8_t>(255) - dilated(x, y);
        }

        input.set_estimates({{0, 1280}, {0, 768}});
        output.set_estimates({{0, 1280}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .parallel(yo)
                .vectorize(xi, 32);
            erode_y.compute_at(output, xo).vectorize(x, 32);
            erode_x.compute_at(output, xo).vectorize(x, 32);
            dilated.compute_at(output, xo).vectorize(x, 32);
            dilated.update(0).reorder(x, r.x, r.y, y).vectorize(x, 32);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(DilateErode, dilate_erode)
