// Random pipeline (seed 452): 6 stages over tensor3d 128x128x64 float input.
// Steps: boundary, boundary, all_to_all, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp452 : public Generator<Rp452> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mix2;
    Func in0{"in0"}, in1{"in1"}, mix2{"mix2"}, mul3{"mul3"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        r_mix2 = RDom(0, 64, "r_mix2");
        mix2(x, y, c) = 0.0f;
        mix2(x, y, c) += in0(x, y, r_mix2.x) * (cast<float>((r_mix2.x + 2 * c) % 7) * 0.1f - 0.3f);
        mul3(x, y, c) = mix2(x, y, c) * in1(x, y, c);
        output(x, y, c) = mul3(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 64}});
        input2.set_estimates({{0, 128}, {0, 128}, {0, 64}});
        output.set_estimates({{0, 128}, {0, 128}, {0, 64}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            mix2.compute_root().vectorize(x, 8).parallel(c);
            mix2.update(0).vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 16).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp452, rp_452)
