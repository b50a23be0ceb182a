// Random pipeline (seed 50): 9 stages over image2d 384x1536 uint16 input.
// Steps: boundary, all_to_all, binary, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp50 : public Generator<Rp50> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_mm1{"w_mm1", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_mm1, r_iir3;
    Func in0{"in0"}, mm1{"mm1"}, diff2{"diff2"}, iir3{"iir3"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        r_mm1 = RDom(0, 384, "r_mm1");
        mm1(x, y) = 0.0f;
        mm1(x, y) += (cast<float>(in0(r_mm1.x, y)) * 0.000015f) * w_mm1(r_mm1.x, clamp(x, 0, 383));
        diff2(x, y) = absd(mm1(x, y), (cast<float>(in0(x, y)) * 0.000015f));
        r_iir3 = RDom(1, 1535, "r_iir3");
        iir3(x, y) = diff2(x, y);
        iir3(x, r_iir3.x) = 0.8f * iir3(x, r_iir3.x - 1) + 0.2f * iir3(x, r_iir3.x);
        output(x, y) = cast<uint8_t>(clamp(iir3(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}});
        gain.set_estimate(2.0f);
        w_mm1.set_estimates({{0, 384}, {0, 384}});
        output.set_estimates({{0, 384}, {0, 1536}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            iir3.compute_root().vectorize(x, 16).parallel(y);
            iir3.update(0).vectorize(x, 16);
            diff2.compute_root().vectorize(x, 16).parallel(y);
            mm1.compute_at(diff2, y).vectorize(x, 8);
            mm1.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp50, rp_50)
