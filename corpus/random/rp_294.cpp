// Random pipeline (seed 294): 18 stages over tensor3d 112x112x24 float input.
// Steps: boundary, boundary, binary, all_to_all, reduction, pointwise, conv, activation, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp294 : public Generator<Rp294> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mm3{"w_mm3", 2};
    Input<Buffer<float>> w_conv6{"w_conv6", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mm3, r_mean4, r_conv6, r_mm8;
    Func in0{"in0"}, in1{"in1"}, mx2{"mx2"}, mm3{"mm3"}, mean4{"mean4"}, pw5{"pw5"};
    Func conv6{"conv6"}, act7{"act7"}, mm8{"mm8"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y, c);
        mx2(x, y, c) = max(in1(x, y, c), in0(x, y, c));
        r_mm3 = RDom(0, 112, "r_mm3");
        mm3(x, y, c) = 0.0f;
        mm3(x, y, c) += mx2(r_mm3.x, y, c) * w_mm3(r_mm3.x, clamp(x, 0, 111));
        r_mean4 = RDom(0, 24, "r_mean4");
        mean4(x, y) = 0.0f;
        mean4(x, y) += mm3(x, y, r_mean4.x);
        mean4(x, y) = mean4(x, y) * 0.041667f;
        pw5(x, y) = floor(mean4(x, y) * 8.0f) * 0.125f * gain;
        r_conv6 = RDom(0, 3, 0, 3, "r_conv6");
        conv6(x, y) = 0.0f;
        conv6(x, y) += pw5(x + r_conv6.x - 1, y + r_conv6.y - 1) * w_conv6(r_conv6.x, r_conv6.y);
        act7(x, y) = 1.0f / (1.0f + exp(-conv6(x, y)));
        r_mm8 = RDom(0, 112, "r_mm8");
        mm8(x, y) = 0.0f;
        mm8(x, y) += act7(r_mm8.x, y) * (cast<float>((r_mm8.x + 2 * x) % 7) * 0.1f - 0.3f);
        output(x, y) = mm8(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 24}});
        input2.set_estimates({{0, 112}, {0, 112}, {0, 24}});
        gain.set_estimate(0.5f);
        w_mm3.set_estimates({{0, 112}, {0, 112}});
        w_conv6.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 112}, {0, 112}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            mm8.compute_root().vectorize(x, 16).parallel(y);
            mm8.update(0).vectorize(x, 16).parallel(y);
            conv6.compute_root().vectorize(x, 8).parallel(y);
            conv6.update(0).vectorize(x, 16).unroll(r_conv6.x).parallel(y);
            pw5.compute_root().vectorize(x, 16).parallel(y);
            mean4.compute_root().vectorize(x, 16).parallel(y);
            mean4.update(0).vectorize(x, 16).parallel(y);
            mean4.update(1).vectorize(x, 8);
            mm3.compute_root().vectorize(x, 16).parallel(c);
            mm3.update(0).vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp294, rp_294)
