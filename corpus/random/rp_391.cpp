// Random pipeline (seed 391): 9 stages over image2d 384x640 uint8 input.
// Steps: boundary, scan, binary, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp391 : public Generator<Rp391> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir1;
    Func in0{"in0"}, iir1{"iir1"}, mx2{"mx2"}, down3{"down3"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        r_iir1 = RDom(1, 383, "r_iir1");
        iir1(x, y) = (cast<float>(in0(x, y)) * 0.003922f);
        iir1(r_iir1.x, y) = 0.8f * iir1(r_iir1.x - 1, y) + 0.2f * iir1(r_iir1.x, y);
        iir1(383 - r_iir1.x, y) = 0.8f * iir1(384 - r_iir1.x, y) + 0.2f * iir1(383 - r_iir1.x, y);
        mx2(x, y) = max(iir1(x, y), (cast<float>(in0(x, y)) * 0.003922f));
        down3(x, y) = (mx2(2 * x, 2 * y) + mx2(2 * x + 1, 2 * y) + mx2(2 * x, 2 * y + 1) + mx2(2 * x + 1, 2 * y + 1)) * 0.25f;
        output(x, y) = cast<uint8_t>(clamp(down3(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 640}});
        output.set_estimates({{0, 192}, {0, 320}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            iir1.compute_root().vectorize(x, 8).parallel(y);
            iir1.update(0).vectorize(y, 8);
            iir1.update(1).vectorize(y, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp391, rp_391)
