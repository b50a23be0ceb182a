// Random pipeline (seed 422): 10 stages over image2d 2560x1920 int16 input.
// Steps: boundary, stencil, binary, pointwise, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp422 : public Generator<Rp422> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mean4;
    Func in0{"in0"}, grad1{"grad1"}, avg2{"avg2"}, pw3{"pw3"}, mean4{"mean4"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        grad1(x, y) = sqrt(((cast<float>(in0(x + 1, y)) * 0.000031f) - (cast<float>(in0(x - 1, y)) * 0.000031f)) * ((cast<float>(in0(x + 1, y)) * 0.000031f) - (cast<float>(in0(x - 1, y)) * 0.000031f)) + ((cast<float>(in0(x, y + 1)) * 0.000031f) - (cast<float>(in0(x, y - 1)) * 0.000031f)) * ((cast<float>(in0(x, y + 1)) * 0.000031f) - (cast<float>(in0(x, y - 1)) * 0.000031f)));
        avg2(x, y) = (grad1(x, y) + (cast<float>(in0(x, y)) * 0.000031f)) * 0.5f;
        pw3(x, y) = sin(grad1(x, y)) * 0.5f + 0.5f;
        r_mean4 = RDom(0, 1920, "r_mean4");
        mean4(x) = 0.0f;
        mean4(x) += pw3(x, r_mean4.x);
        mean4(x) = mean4(x) * 0.000521f;
        output(x, y) = cast<int16_t>(clamp((mean4(x) + avg2(x, y)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1920}});
        output.set_estimates({{0, 2560}, {0, 1920}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            mean4.compute_root().vectorize(x, 8);
            mean4.update(0).vectorize(x, 16);
            mean4.update(1).vectorize(x, 8);
            avg2.compute_at(output, yo).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp422, rp_422)
