// Random pipeline (seed 435): 7 stages over image2d 768x768 float input.
// Steps: boundary, pointwise, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp435 : public Generator<Rp435> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, pw1{"pw1"}, pw2{"pw2"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        pw1(x, y) = exp(-abs(in0(x, y))) * gain;
        pw2(x, y) = log(abs(pw1(x, y)) + 1.0f);
        output(x, y) = pw2(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 768}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 768}, {0, 768}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            pw2.compute_at(output, xo).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp435, rp_435)
