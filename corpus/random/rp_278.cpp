// Random pipeline (seed 278): 6 stages over tensor4d 32x32x8x8 int16 input.
// Steps: boundary, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp278 : public Generator<Rp278> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_conv1{"w_conv1", 4};
    Input<Buffer<float>> b_conv1{"b_conv1", 1};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        r_conv1 = RDom(0, 1, 0, 1, 0, 8, "r_conv1");
        conv1(x, y, c, n) = b_conv1(c);
        conv1(x, y, c, n) += (cast<float>(in0(x + r_conv1.x, y + r_conv1.y, r_conv1.z, n)) * 0.000031f) * w_conv1(r_conv1.x, r_conv1.y, r_conv1.z, c);
        output(x, y, c, n) = cast<int16_t>(clamp(conv1(x, y, c, n) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 8}, {0, 8}});
        gain.set_estimate(1.0f);
        w_conv1.set_estimates({{0, 1}, {0, 1}, {0, 8}, {0, 8}});
        b_conv1.set_estimates({{0, 8}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            conv1.compute_root().vectorize(x, 8).parallel(n);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp278, rp_278)
