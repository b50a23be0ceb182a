// Random pipeline (seed 522): 7 stages over image2d 1280x640 uint8 input.
// Steps: boundary, reduction, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp522 : public Generator<Rp522> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mean1;
    Func in0{"in0"}, mean1{"mean1"}, pw2{"pw2"}, blend3{"blend3"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        r_mean1 = RDom(0, 1280, "r_mean1");
        mean1(y) = 0.0f;
        mean1(y) += (cast<float>(in0(r_mean1.x, y)) * 0.003922f);
        mean1(y) = mean1(y) * 0.000781f;
        pw2(y) = sqrt(abs(mean1(y)) + 1.0f);
        blend3(x, y) = lerp((cast<float>(in0(x, y)) * 0.003922f), pw2(y), 0.3f);
        output(x, y) = cast<uint8_t>(clamp(blend3(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 640}});
        output.set_estimates({{0, 1280}, {0, 640}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            pw2.compute_at(output, xo);
            mean1.compute_root().parallel(y);
            mean1.update(0).vectorize(y, 16);
            mean1.update(1).vectorize(y, 16);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp522, rp_522)
