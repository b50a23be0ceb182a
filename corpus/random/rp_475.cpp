// Random pipeline (seed 475): 12 stages over tensor4d 16x16x8x4 float input.
// Steps: boundary, reduction, reindex, pointwise, activation, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp475 : public Generator<Rp475> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mean1;
    Func in0{"in0"}, mean1{"mean1"}, rev2{"rev2"}, pw3{"pw3"}, act4{"act4"}, mul5{"mul5"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c, n);
        r_mean1 = RDom(0, 16, "r_mean1");
        mean1(y, c, n) = 0.0f;
        mean1(y, c, n) += in0(r_mean1.x, y, c, n);
        mean1(y, c, n) = mean1(y, c, n) * 0.0625f;
        rev2(y, c, n) = mean1(y, 7 - c, n);
        pw3(y, c, n) = tanh(rev2(y, c, n));
        act4(y, c, n) = max(pw3(y, c, n) - 0.25f, 0.0f);
        mul5(y, c, n) = act4(y, c, n) * pw3(y, c, n);
        output(y, c, n) = mul5(y, c, n) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}, {0, 4}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 16}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.parallel(n);
            pw3.compute_at(output, y);
            mean1.compute_root().parallel(n);
            mean1.update(0).vectorize(y, 8).parallel(n);
            mean1.update(1).vectorize(y, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp475, rp_475)
