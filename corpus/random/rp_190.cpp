// Random pipeline (seed 190): 8 stages over image3d 768x2048x3 uint8 input.
// Steps: boundary, histogram, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp190 : public Generator<Rp190> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_hist1;
    Func in0{"in0"}, hist1{"hist1"}, pw2{"pw2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        r_hist1 = RDom(0, 768, 0, 2048, 0, 3, "r_hist1");
        hist1(x) = 0;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y, r_hist1.z)) * 256 / 256, 0, 255)) += 1;
        pw2(x) = hist1(x) / 2 + 16;
        output(x) = cast<uint8_t>(clamp((cast<float>(pw2(x)) * 0.000977f) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 2048}, {0, 3}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 8);
            pw2.compute_root().vectorize(x, 8);
            hist1.compute_root().vectorize(x, 16);
            hist1.update(0).unroll(r_hist1.z);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp190, rp_190)
