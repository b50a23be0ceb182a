// Random pipeline (seed 39): 12 stages over image2d 3072x1280 float input.
// Steps: boundary, boundary, binary, scan, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp39 : public Generator<Rp39> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_cumsum3;
    Func in0{"in0"}, in1{"in1"}, diff2{"diff2"}, cumsum3{"cumsum3"}, erode4{"erode4"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        diff2(x, y) = absd((cast<float>(in1(x, y)) * 0.000015f), in0(x, y));
        r_cumsum3 = RDom(1, 1279, "r_cumsum3");
        cumsum3(x, y) = diff2(x, y);
        cumsum3(x, r_cumsum3.x) = cumsum3(x, r_cumsum3.x - 1) + cumsum3(x, r_cumsum3.x);
        erode4(x, y) = min(min(min(min(cumsum3(x, y), cumsum3(x - 1, y)), cumsum3(x + 1, y)), cumsum3(x, y - 1)), cumsum3(x, y + 1));
        output(x, y) = erode4(x, y) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 1280}});
        input2.set_estimates({{0, 3072}, {0, 1280}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 3072}, {0, 1280}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            erode4.compute_at(output, y).vectorize(x, 8);
            cumsum3.compute_root().vectorize(x, 16).parallel(y);
            cumsum3.update(0).vectorize(x, 8);
            diff2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(diff2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp39, rp_39)
