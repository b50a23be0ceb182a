// Random pipeline (seed 447): 4 stages over image2d 640x256 float input.
// Steps: boundary, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp447 : public Generator<Rp447> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_hist1;
    Func in0{"in0"}, hist1{"hist1"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        r_hist1 = RDom(0, 640, 0, 256, "r_hist1");
        hist1(x) = 0.0f;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y) * 127.0f), 0, 127)) += in0(r_hist1.x, r_hist1.y);
        output(x) = hist1(x);
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 256}});
        output.set_estimates({{0, 128}});

        if (!auto_schedule) {
            output.vectorize(x, 8);
            hist1.compute_root();
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp447, rp_447)
