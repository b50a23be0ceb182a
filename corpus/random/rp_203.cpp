// Random pipeline (seed 203): 18 stages over image3d 640x1920x3 uint8 input.
// Steps: boundary, boundary, reduction, pointwise, separable, scan, binary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp203 : public Generator<Rp203> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mean2, r_cumsum5;
    Func in0{"in0"}, in1{"in1"}, mean2{"mean2"}, pw3{"pw3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func cumsum5{"cumsum5"}, mn6{"mn6"}, pw7{"pw7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        r_mean2 = RDom(0, 3, "r_mean2");
        mean2(x, y) = 0.0f;
        mean2(x, y) += (cast<float>(in0(x, y, r_mean2.x)) * 0.003922f);
        mean2(x, y) = mean2(x, y) * 0.333333f;
        pw3(x, y) = in1(x, y) / 2 + 16;
        blur4_x(x, y) = ((cast<float>(pw3(x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(pw3(x, y)) * 0.003922f) + 3.0f * (cast<float>(pw3(x + 1, y)) * 0.003922f) + (cast<float>(pw3(x + 2, y)) * 0.003922f)) * 0.125f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + 3.0f * blur4_x(x, y) + 3.0f * blur4_x(x, y + 1) + blur4_x(x, y + 2)) * 0.125f;
        r_cumsum5 = RDom(1, 639, "r_cumsum5");
        cumsum5(x, y) = blur4_y(x, y);
        cumsum5(r_cumsum5.x, y) = cumsum5(r_cumsum5.x - 1, y) + cumsum5(r_cumsum5.x, y);
        mn6(x, y) = min(cumsum5(x, y), mean2(x, y));
        pw7(x, y) = mn6(x, y) * mn6(x, y) * 0.5f - mn6(x, y) * gain;
        output(x, y) = cast<uint8_t>(clamp(pw7(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1920}, {0, 3}});
        input2.set_estimates({{0, 640}, {0, 1920}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 640}, {0, 1920}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            pw7.compute_root().vectorize(x, 16).parallel(y);
            mn6.compute_root().vectorize(x, 16).parallel(y);
            cumsum5.compute_root().vectorize(x, 8).parallel(y);
            cumsum5.update(0).vectorize(y, 16);
            blur4_y.compute_root().vectorize(x, 8).parallel(y);
            pw3.compute_root().vectorize(x, 8).parallel(y);
            mean2.compute_root().vectorize(x, 8).parallel(y);
            mean2.update(0).vectorize(x, 16).parallel(y);
            mean2.update(1).vectorize(x, 16);
            in1.compute_at(pw3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp203, rp_203)
