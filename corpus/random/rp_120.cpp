// Random pipeline (seed 120): 6 stages over tensor4d 32x32x32x8 int16 input.
// Steps: boundary, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp120 : public Generator<Rp120> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<float>> w_mix1{"w_mix1", 2};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix1;
    Func in0{"in0"}, mix1{"mix1"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        r_mix1 = RDom(0, 32, "r_mix1");
        mix1(x, y, c, n) = 0.0f;
        mix1(x, y, c, n) += (cast<float>(in0(x, y, r_mix1.x, n)) * 0.000031f) * w_mix1(r_mix1.x, clamp(c, 0, 31));
        output(x, y, c, n) = cast<int16_t>(clamp(mix1(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 8}});
        w_mix1.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mix1.compute_at(output, c).vectorize(x, 8);
            mix1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp120, rp_120)
