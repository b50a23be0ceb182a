// Random pipeline (seed 83): 10 stages over tensor3d 32x32x32 float input.
// Steps: boundary, boundary, reindex, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp83 : public Generator<Rp83> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist3;
    Func in0{"in0"}, in1{"in1"}, shift2{"shift2"}, hist3{"hist3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        shift2(x, y) = in1(x + 3, y - 6);
        r_hist3 = RDom(0, 32, 0, 32, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(shift2(r_hist3.x, r_hist3.y) * 255.0f), 0, 255)) += 1;
        output(x, y, c) = ((cast<float>(hist3(x)) * 0.000977f) + in0(x / 8, y, c)) * 0.5f * gain;
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 32}});
        input2.set_estimates({{0, 32}, {0, 32}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 256}, {0, 32}, {0, 32}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            hist3.compute_root();
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp83, rp_83)
