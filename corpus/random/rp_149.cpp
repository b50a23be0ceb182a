// Random pipeline (seed 149): 13 stages over tensor4d 16x16x16x2 float input.
// Steps: boundary, boundary, all_to_all, activation, lut, pointwise, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp149 : public Generator<Rp149> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mm2;
    Func in0{"in0"}, in1{"in1"}, mm2{"mm2"}, act3{"act3"}, curve4{"curve4"}, lut5{"lut5"};
    Func pw6{"pw6"}, act7{"act7"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        in1(x, y, c, n) = BoundaryConditions::constant_exterior(input2, 0.0f)(x, y, c, n);
        r_mm2 = RDom(0, 16, "r_mm2");
        mm2(x, y, c, n) = 0.0f;
        mm2(x, y, c, n) += in1(r_mm2.x, y, c, n) * (cast<float>((r_mm2.x + 2 * x) % 7) * 0.1f - 0.3f);
        act3(x, y, c, n) = 1.0f / (1.0f + exp(-mm2(x, y, c, n)));
        curve4(x) = sqrt(cast<float>(x) * 0.003922f);
        lut5(x, y, c, n) = curve4(clamp(cast<int32_t>(act3(x, y, c, n) * 255.0f), 0, 255));
        pw6(x, y, c, n) = pow(abs(lut5(x, y, c, n)) + 0.001f, 0.4545f) * gain;
        act7(x, y, c, n) = max(pw6(x, y, c, n) - 0.25f, 0.0f);
        output(x, y, c, n) = (act7(x, y, c, n) + in0(x, y, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 2}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 2}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            act7.compute_root().vectorize(x, 8).parallel(c);
            pw6.compute_at(act7, c).vectorize(x, 8);
            lut5.compute_root().vectorize(x, 8).parallel(c);
            curve4.compute_root().vectorize(x, 16);
            act3.compute_root().vectorize(x, 8).parallel(c);
            mm2.compute_root().vectorize(x, 8).parallel(c);
            mm2.update(0).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp149, rp_149)
