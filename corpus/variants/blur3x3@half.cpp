// blur3x3 with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Classic separable 3x3 box blur on 16-bit data, repeat_edge boundary.
#include "Halide.h"

using namespace Halide;

namespace {

class Blur3x3 : public Generator<Blur3x3> {
public:
    GeneratorParam<int> tile_x{"tile_x", 256};
    GeneratorParam<int> tile_y{"tile_y", 32};

    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xi{"xi"}, yi{"yi"};
    Func clamped{"clamped"}, blur_x{"blur_x"}, blur_y{"blur_y"};

    void generate() {
        clamped(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        blur_x(x, y) = (clamped(x - 1, y) + clamped(x, y) + clamped(x + 1, y)) / 3;
        blur_y(x, y) = (blur_x(x, y - 1) + blur_x(x, y) + blur_x(x, y + 1)) / 3;
        output(x, y) = blur_y(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}});
        output.set_estimates({{0, 768}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xi, yi, tile_x, tile_y)
                .vectorize(xi, 16)
                .parallel(y);
            blur_x.compute_at(output, x)
                .store_at(output, x)
                .vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Blur3x3, blur3x3)
