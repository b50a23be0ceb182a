// Random pipeline (seed 71): 3 stages over image3d 1280x2048x3 float input.
// Steps: boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp71 : public Generator<Rp71> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, pw1{"pw1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        pw1(x, y, c) = pow(abs(in0(x, y, c)) + 0.001f, 0.4545f) * gain;
        output(x, y, c) = pw1(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 2048}, {0, 3}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1280}, {0, 2048}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            pw1.compute_at(output, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp71, rp_71)
