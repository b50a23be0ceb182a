// Random pipeline (seed 205): 12 stages over image2d 1920x3072 float input.
// Steps: boundary, boundary, binary, separable, stencil, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp205 : public Generator<Rp205> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, mn2{"mn2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, grad4{"grad4"};
    Func up5{"up5"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        mn2(x, y) = min((cast<float>(in1(x, y)) * 0.000031f), in0(x, y));
        blur3_x(x, y) = (mn2(x - 1, y) + 3.0f * mn2(x, y) + 3.0f * mn2(x + 1, y) + mn2(x + 2, y)) * 0.125f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + 3.0f * blur3_x(x, y) + 3.0f * blur3_x(x, y + 1) + blur3_x(x, y + 2)) * 0.125f;
        grad4(x, y) = sqrt((blur3_y(x + 1, y) - blur3_y(x - 1, y)) * (blur3_y(x + 1, y) - blur3_y(x - 1, y)) + (blur3_y(x, y + 1) - blur3_y(x, y - 1)) * (blur3_y(x, y + 1) - blur3_y(x, y - 1)));
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y) = lerp(lerp(grad4(x / 2, y / 2), grad4(x / 2 + 1, y / 2), up5_fx), lerp(grad4(x / 2, y / 2 + 1), grad4(x / 2 + 1, y / 2 + 1), up5_fx), up5_fy);
        output(x, y) = up5(x, y) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 3072}});
        input2.set_estimates({{0, 1920}, {0, 3072}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 3840}, {0, 6144}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            grad4.compute_at(output, yi).vectorize(x, 8);
            blur3_x.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(blur3_x, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp205, rp_205)
