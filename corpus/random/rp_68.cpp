// Random pipeline (seed 68): 11 stages over image2d 640x1280 uint8 input.
// Steps: boundary, scan, stencil, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp68 : public Generator<Rp68> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir1, r_iir3;
    Func in0{"in0"}, iir1{"iir1"}, grad2{"grad2"}, iir3{"iir3"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        r_iir1 = RDom(1, 639, "r_iir1");
        iir1(x, y) = (cast<float>(in0(x, y)) * 0.003922f);
        iir1(r_iir1.x, y) = 0.7f * iir1(r_iir1.x - 1, y) + 0.3f * iir1(r_iir1.x, y);
        iir1(639 - r_iir1.x, y) = 0.7f * iir1(640 - r_iir1.x, y) + 0.3f * iir1(639 - r_iir1.x, y);
        grad2(x, y) = sqrt((iir1(x + 1, y) - iir1(x - 1, y)) * (iir1(x + 1, y) - iir1(x - 1, y)) + (iir1(x, y + 1) - iir1(x, y - 1)) * (iir1(x, y + 1) - iir1(x, y - 1)));
        r_iir3 = RDom(1, 1279, "r_iir3");
        iir3(x, y) = grad2(x, y);
        iir3(x, r_iir3.x) = 0.7f * iir3(x, r_iir3.x - 1) + 0.3f * iir3(x, r_iir3.x);
        iir3(x, 1279 - r_iir3.x) = 0.7f * iir3(x, 1280 - r_iir3.x) + 0.3f * iir3(x, 1279 - r_iir3.x);
        output(x, y) = cast<uint8_t>(clamp(iir3(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1280}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 640}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            iir3.compute_root().vectorize(x, 16).parallel(y);
            iir3.update(0).vectorize(x, 16);
            iir3.update(1).vectorize(x, 8);
            iir1.compute_root().vectorize(x, 8).parallel(y);
            iir1.update(0).vectorize(y, 16);
            iir1.update(1).vectorize(y, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp68, rp_68)
