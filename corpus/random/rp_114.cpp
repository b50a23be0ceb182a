// Random pipeline (seed 114): 9 stages over tensor4d 56x56x8x8 float input.
// Steps: boundary, all_to_all, pointwise, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp114 : public Generator<Rp114> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mix1{"w_mix1", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix1;
    Func in0{"in0"}, mix1{"mix1"}, pw2{"pw2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        r_mix1 = RDom(0, 8, "r_mix1");
        mix1(x, y, c, n) = 0.0f;
        mix1(x, y, c, n) += in0(x, y, r_mix1.x, n) * w_mix1(r_mix1.x, clamp(c, 0, 7));
        pw2(x, y, c, n) = floor(mix1(x, y, c, n) * 8.0f) * 0.125f;
        blur3_x(x, y, c, n) = (pw2(x - 1, y, c, n) + pw2(x, y, c, n) + pw2(x + 1, y, c, n)) * 0.333333f;
        blur3_y(x, y, c, n) = (blur3_x(x, y - 1, c, n) + blur3_x(x, y, c, n) + blur3_x(x, y + 1, c, n)) * 0.333333f;
        output(x, y, c, n) = blur3_y(x, y, c, n) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 8}});
        gain.set_estimate(2.0f);
        w_mix1.set_estimates({{0, 8}, {0, 8}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            blur3_x.compute_at(output, n).vectorize(x, 8);
            pw2.compute_at(blur3_x, c).vectorize(x, 8);
            mix1.compute_root().vectorize(x, 8).parallel(n);
            mix1.update(0).vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp114, rp_114)
