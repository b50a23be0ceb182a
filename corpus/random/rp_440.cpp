// Random pipeline (seed 440): 6 stages over tensor3d 16x16x32 float input.
// Steps: boundary, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp440 : public Generator<Rp440> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y, c) = 0.0f;
        conv1(x, y, c) += in0(x + r_conv1.x - 1, y + r_conv1.y - 1, c) * w_conv1(r_conv1.x, r_conv1.y);
        output(x, y, c) = conv1(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}});
        gain.set_estimate(2.0f);
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            conv1.compute_root().vectorize(x, 8).parallel(c);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp440, rp_440)
