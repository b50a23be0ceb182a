// Random pipeline (seed 70): 9 stages over image2d 1280x768 float input.
// Steps: boundary, cast, downsample, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp70 : public Generator<Rp70> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_rmax3;
    Func in0{"in0"}, cvt1{"cvt1"}, down2{"down2"}, rmax3{"rmax3"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        cvt1(x, y) = cast<int16_t>(clamp(in0(x, y) * 32767.0f, -32768.0f, 32767.0f));
        down2(x, y) = ((cast<float>(cvt1(2 * x, 2 * y)) * 0.000031f) + (cast<float>(cvt1(2 * x + 1, 2 * y)) * 0.000031f) + (cast<float>(cvt1(2 * x, 2 * y + 1)) * 0.000031f) + (cast<float>(cvt1(2 * x + 1, 2 * y + 1)) * 0.000031f)) * 0.25f;
        r_rmax3 = RDom(1, 639, "r_rmax3");
        rmax3(y) = down2(0, y);
        rmax3(y) = max(rmax3(y), down2(r_rmax3.x, y));
        output(y) = rmax3(y);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 768}});
        output.set_estimates({{0, 384}});

        if (!auto_schedule) {
            output.parallel(y);
            rmax3.compute_root().parallel(y);
            rmax3.update(0).vectorize(y, 8);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp70, rp_70)
