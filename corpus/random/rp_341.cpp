// Random pipeline (seed 341): 12 stages over image2d 4096x1280 float input.
// Steps: boundary, scan, separable, binary, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp341 : public Generator<Rp341> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_iir1;
    Func in0{"in0"}, iir1{"iir1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, mul3{"mul3"}, blur4_x{"blur4_x"};
    Func blur4_y{"blur4_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        r_iir1 = RDom(1, 1279, "r_iir1");
        iir1(x, y) = in0(x, y);
        iir1(x, r_iir1.x) = 0.7f * iir1(x, r_iir1.x - 1) + 0.3f * iir1(x, r_iir1.x);
        iir1(x, 1279 - r_iir1.x) = 0.7f * iir1(x, 1280 - r_iir1.x) + 0.3f * iir1(x, 1279 - r_iir1.x);
        blur2_x(x, y) = (iir1(x - 1, y) + iir1(x, y) + iir1(x + 1, y)) * 0.333333f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + blur2_x(x, y) + blur2_x(x, y + 1)) * 0.333333f;
        mul3(x, y) = blur2_y(x, y) * blur2_x(x, y);
        blur4_x(x, y) = (mul3(x - 1, y) + 2.0f * mul3(x, y) + mul3(x + 1, y)) * 0.25f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + 2.0f * blur4_x(x, y) + blur4_x(x, y + 1)) * 0.25f;
        output(x, y) = blur4_y(x, y) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 4096}, {0, 1280}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 4096}, {0, 1280}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            mul3.compute_at(output, y).vectorize(x, 8);
            blur2_x.compute_at(mul3, y).vectorize(x, 16);
            iir1.compute_root().vectorize(x, 16).parallel(y);
            iir1.update(0).vectorize(x, 16);
            iir1.update(1).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp341, rp_341)
