// Random pipeline (seed 162): 7 stages over image2d 768x1920 uint8 input.
// Steps: boundary, histogram, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp162 : public Generator<Rp162> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist1;
    Func in0{"in0"}, hist1{"hist1"}, up2{"up2"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        r_hist1 = RDom(0, 768, 0, 1920, "r_hist1");
        hist1(x) = 0;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y)) * 256 / 256, 0, 255)) += 1;
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y) = lerp(lerp((cast<float>(in0(x / 2, y / 2)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2)) * 0.003922f), up2_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1)) * 0.003922f), (cast<float>(in0(x / 2 + 1, y / 2 + 1)) * 0.003922f), up2_fx), up2_fy);
        output(x, y) = cast<uint8_t>(clamp((up2(x, y) + (cast<float>(hist1(x / 6)) * 0.000977f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1920}});
        output.set_estimates({{0, 1536}, {0, 3840}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            hist1.compute_root();
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp162, rp_162)
