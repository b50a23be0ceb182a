// Random pipeline (seed 63): 15 stages over image2d 640x384 float input.
// Steps: boundary, boundary, scan, downsample, stencil, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp63 : public Generator<Rp63> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_iir2, r_iir5;
    Func in0{"in0"}, in1{"in1"}, iir2{"iir2"}, down3{"down3"}, box4{"box4"}, iir5{"iir5"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        r_iir2 = RDom(1, 383, "r_iir2");
        iir2(x, y) = in1(x, y);
        iir2(x, r_iir2.x) = 0.9f * iir2(x, r_iir2.x - 1) + 0.1f * iir2(x, r_iir2.x);
        iir2(x, 383 - r_iir2.x) = 0.9f * iir2(x, 384 - r_iir2.x) + 0.1f * iir2(x, 383 - r_iir2.x);
        down3(x, y) = (iir2(2 * x, 2 * y) + iir2(2 * x + 1, 2 * y) + iir2(2 * x, 2 * y + 1) + iir2(2 * x + 1, 2 * y + 1)) * 0.25f;
        box4(x, y) = (down3(x - 1, y - 1) + down3(x, y - 1) + down3(x + 1, y - 1) + down3(x - 1, y) + down3(x, y) + down3(x + 1, y) + down3(x - 1, y + 1) + down3(x, y + 1) + down3(x + 1, y + 1)) * 0.111111f;
        r_iir5 = RDom(1, 319, "r_iir5");
        iir5(x, y) = box4(x, y);
        iir5(r_iir5.x, y) = 0.8f * iir5(r_iir5.x - 1, y) + 0.2f * iir5(r_iir5.x, y);
        iir5(319 - r_iir5.x, y) = 0.8f * iir5(320 - r_iir5.x, y) + 0.2f * iir5(319 - r_iir5.x, y);
        output(x, y) = cast<int16_t>(clamp((iir5(x, y) + in0(x * 2, y * 2)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 384}});
        input2.set_estimates({{0, 640}, {0, 384}});
        output.set_estimates({{0, 320}, {0, 192}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            iir5.compute_root().vectorize(x, 16).parallel(y);
            iir5.update(0).vectorize(y, 8);
            iir5.update(1).vectorize(y, 8);
            down3.compute_root().vectorize(x, 16).parallel(y);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(x, 8);
            iir2.update(1).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp63, rp_63)
