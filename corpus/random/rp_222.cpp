// Random pipeline (seed 222): 5 stages over image3d 256x1024x3 uint16 input.
// Steps: boundary, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp222 : public Generator<Rp222> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mean1;
    Func in0{"in0"}, mean1{"mean1"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        r_mean1 = RDom(0, 3, "r_mean1");
        mean1(x, y) = 0.0f;
        mean1(x, y) += (cast<float>(in0(x, y, r_mean1.x)) * 0.000015f);
        mean1(x, y) = mean1(x, y) * 0.333333f;
        output(x, y) = cast<uint16_t>(clamp(mean1(x, y) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 1024}, {0, 3}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 256}, {0, 1024}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            mean1.compute_root().vectorize(x, 16).parallel(y);
            mean1.update(0).vectorize(x, 16).parallel(y);
            mean1.update(1).vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp222, rp_222)
