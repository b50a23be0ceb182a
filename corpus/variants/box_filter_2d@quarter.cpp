// box_filter_2d with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// 5x5 box filter as a 2-D stencil with an RDom update, 8-bit in/out with
// 16-bit accumulation. Local Funcs, schedule inline in generate().
#include "Halide.h"

using namespace Halide;

namespace {

class BoxFilter2D : public Generator<BoxFilter2D> {
public:
    GeneratorParam<int> radius{"radius", 2};

    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    void generate() {
        Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
        const int rad = radius;
        const int diameter = 2 * rad + 1;
        RDom r(-rad, diameter, -rad, diameter, "r");
        Func clamped{"clamped"}, box_sum{"box_sum"};

        clamped(x, y) = input(clamp(x, 0, input.width() - 1), clamp(y, 0, input.height() - 1));
        box_sum(x, y) = cast<uint16_t>(0);
        box_sum(x, y) += cast<uint16_t>(clamped(x + r.x, y + r.y));
        output(x, y) = cast<uint8_t>((box_sum(x, y) + diameter * diameter / 2) / (diameter * diameter));

        input.set_estimates({{0, 2560}, {0, 1536}});
        output.set_estimates({{0, 640}, {0, 384}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .fuse(xo, yo, xo)
                .parallel(xo)
                .vectorize(xi, 16);
            box_sum.compute_at(output, xo).vectorize(x, 16);
            box_sum.update(0).reorder(x, y, r.x, r.y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(BoxFilter2D, box_filter_2d)
