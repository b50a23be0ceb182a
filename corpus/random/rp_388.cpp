// Random pipeline (seed 388): 5 stages over image3d 1280x1920x4 uint8 input.
// Steps: boundary, all_to_all, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp388 : public Generator<Rp388> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mix1;
    Func in0{"in0"}, mix1{"mix1"}, erode2{"erode2"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        r_mix1 = RDom(0, 4, "r_mix1");
        mix1(x, y, c) = 0.0f;
        mix1(x, y, c) += (cast<float>(in0(x, y, r_mix1.x)) * 0.003922f) * (cast<float>((r_mix1.x + 2 * c) % 7) * 0.1f - 0.3f);
        erode2(x, y, c) = min(min(min(min(mix1(x, y, c), mix1(x - 1, y, c)), mix1(x + 1, y, c)), mix1(x, y - 1, c)), mix1(x, y + 1, c));
        output(x, y, c) = cast<uint8_t>(clamp(erode2(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1920}, {0, 4}});
        output.set_estimates({{0, 1280}, {0, 1920}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            erode2.compute_at(output, c).vectorize(x, 8);
            mix1.compute_root().vectorize(x, 16).parallel(c);
            mix1.update(0).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp388, rp_388)
