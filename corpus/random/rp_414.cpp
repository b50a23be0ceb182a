// Random pipeline (seed 414): 8 stages over tensor4d 28x28x64x2 float input.
// Steps: boundary, all_to_all, activation, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp414 : public Generator<Rp414> {
public:
    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix1;
    Func in0{"in0"}, mix1{"mix1"}, act2{"act2"}, blend3{"blend3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        r_mix1 = RDom(0, 64, "r_mix1");
        mix1(x, y, c, n) = 0.0f;
        mix1(x, y, c, n) += in0(x, y, r_mix1.x, n) * (cast<float>((r_mix1.x + 2 * c) % 7) * 0.1f - 0.3f);
        act2(x, y, c, n) = max(mix1(x, y, c, n) - 0.25f, 0.0f);
        blend3(x, y, c, n) = lerp(act2(x, y, c, n), in0(x, y, c, n), 0.3f);
        output(x, y, c, n) = blend3(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 2}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            blend3.compute_at(output, c).vectorize(x, 8);
            mix1.compute_at(blend3, y).vectorize(x, 8);
            mix1.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp414, rp_414)
