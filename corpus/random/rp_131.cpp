// Random pipeline (seed 131): 10 stages over tensor3d 32x32x16 float input.
// Steps: boundary, reduction, activation, scan, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp131 : public Generator<Rp131> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red1, r_iir3, r_iir4;
    Func in0{"in0"}, red1{"red1"}, act2{"act2"}, iir3{"iir3"}, iir4{"iir4"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        r_red1 = RDom(0, 16, "r_red1");
        red1(x, y) = sum(in0(x, y, r_red1.x)) * 0.0625f;
        act2(x, y) = max(red1(x, y) - 0.25f, 0.0f);
        r_iir3 = RDom(1, 31, "r_iir3");
        iir3(x, y) = act2(x, y);
        iir3(r_iir3.x, y) = 0.5f * iir3(r_iir3.x - 1, y) + 0.5f * iir3(r_iir3.x, y);
        r_iir4 = RDom(1, 31, "r_iir4");
        iir4(x, y) = iir3(x, y);
        iir4(r_iir4.x, y) = 0.9f * iir4(r_iir4.x - 1, y) + 0.1f * iir4(r_iir4.x, y);
        output(x, y) = iir4(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 16}});
        output.set_estimates({{0, 32}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            iir4.compute_root().vectorize(x, 8).parallel(y);
            iir4.update(0).vectorize(y, 8);
            iir3.compute_root().vectorize(x, 8).parallel(y);
            iir3.update(0).vectorize(y, 8);
            act2.compute_root().vectorize(x, 8).parallel(y);
            red1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp131, rp_131)
