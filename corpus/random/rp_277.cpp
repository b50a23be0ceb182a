// Random pipeline (seed 277): 18 stages over image2d 2048x1536 float input.
// Steps: boundary, boundary, histogram, reduction, reindex, pointwise, binary, binary, stencil, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp277 : public Generator<Rp277> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_hist2, r_red3;
    Func in0{"in0"}, in1{"in1"}, hist2{"hist2"}, red3{"red3"}, flip4{"flip4"}, pw5{"pw5"};
    Func mx6{"mx6"}, mul7{"mul7"}, lap8{"lap8"}, pw9{"pw9"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        r_hist2 = RDom(0, 2048, 0, 1536, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(in1(r_hist2.x, r_hist2.y)) * 256 / 256, 0, 255)) += 1;
        r_red3 = RDom(0, 1536, "r_red3");
        red3(x) = 0.0f;
        red3(x) += in0(x, r_red3.x);
        flip4(x) = red3(2047 - x);
        pw5(x) = log(abs(flip4(x)) + 1.0f);
        mx6(x) = max((cast<float>(hist2(x)) * 0.000977f), pw5(x * 8));
        mul7(x) = mx6(x) * pw5(x * 8);
        lap8(x) = mul7(x - 1) + mul7(x + 1) - 2.0f * mul7(x);
        pw9(x) = pow(abs(lap8(x)) + 0.001f, 0.4545f) * gain;
        output(x) = pw9(x);
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1536}});
        input2.set_estimates({{0, 2048}, {0, 1536}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 8);
            pw9.compute_root().vectorize(x, 8);
            mul7.compute_root().vectorize(x, 16);
            mx6.compute_root().vectorize(x, 8);
            flip4.compute_root().vectorize(x, 16);
            red3.compute_root().vectorize(x, 8);
            red3.update(0).vectorize(x, 16);
            hist2.compute_root();
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp277, rp_277)
