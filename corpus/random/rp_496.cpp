// Random pipeline (seed 496): 15 stages over image2d 384x384 int16 input.
// Steps: boundary, activation, binary, stencil, binary, boundary, stencil, separable, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp496 : public Generator<Rp496> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, act1{"act1"}, blend2{"blend2"}, grad3{"grad3"}, diff4{"diff4"}, pad5{"pad5"};
    Func erode6{"erode6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, dilate8{"dilate8"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        act1(x, y) = clamp((cast<float>(in0(x, y)) * 0.000031f) * 6.0f, 0.0f, 6.0f);
        blend2(x, y) = lerp(act1(x, y), (cast<float>(in0(x, y)) * 0.000031f), 0.3f);
        grad3(x, y) = sqrt((blend2(x + 1, y) - blend2(x - 1, y)) * (blend2(x + 1, y) - blend2(x - 1, y)) + (blend2(x, y + 1) - blend2(x, y - 1)) * (blend2(x, y + 1) - blend2(x, y - 1)));
        diff4(x, y) = absd(grad3(x, y), blend2(x, y));
        pad5(x, y) = BoundaryConditions::constant_exterior(diff4, 0.0f, {{0, 384}, {0, 384}})(x, y);
        erode6(x, y) = min(min(min(min(pad5(x, y), pad5(x - 1, y)), pad5(x + 1, y)), pad5(x, y - 1)), pad5(x, y + 1));
        blur7_x(x, y) = (erode6(x - 1, y) + erode6(x, y) + erode6(x + 1, y)) * 0.333333f;
        blur7_y(x, y) = (blur7_x(x, y - 1) + blur7_x(x, y) + blur7_x(x, y + 1)) * 0.333333f;
        dilate8(x, y) = max(max(max(max(blur7_y(x, y), blur7_y(x - 1, y)), blur7_y(x + 1, y)), blur7_y(x, y - 1)), blur7_y(x, y + 1));
        output(x, y) = cast<int16_t>(clamp(dilate8(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 384}});
        output.set_estimates({{0, 384}, {0, 384}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            dilate8.compute_at(output, yo).vectorize(x, 16);
            blur7_x.compute_at(dilate8, y).vectorize(x, 16);
            erode6.compute_root().vectorize(x, 8).parallel(y);
            grad3.compute_root().vectorize(x, 16).parallel(y);
            blend2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp496, rp_496)
