// Random pipeline (seed 461): 16 stages over image2d 1024x1024 uint8 input.
// Steps: boundary, boundary, stencil, scan, upsample, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp461 : public Generator<Rp461> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir3;
    Func in0{"in0"}, in1{"in1"}, box2{"box2"}, iir3{"iir3"}, up4_x{"up4_x"}, up4_y{"up4_y"};
    Func blur5_x{"blur5_x"}, blur5_y{"blur5_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        box2(x, y) = ((cast<float>(in1(x - 1, y - 1)) * 0.003922f) + (cast<float>(in1(x, y - 1)) * 0.003922f) + (cast<float>(in1(x + 1, y - 1)) * 0.003922f) + (cast<float>(in1(x - 1, y)) * 0.003922f) + (cast<float>(in1(x, y)) * 0.003922f) + (cast<float>(in1(x + 1, y)) * 0.003922f) + (cast<float>(in1(x - 1, y + 1)) * 0.003922f) + (cast<float>(in1(x, y + 1)) * 0.003922f) + (cast<float>(in1(x + 1, y + 1)) * 0.003922f)) * 0.111111f;
        r_iir3 = RDom(1, 1023, "r_iir3");
        iir3(x, y) = box2(x, y);
        iir3(r_iir3.x, y) = 0.7f * iir3(r_iir3.x - 1, y) + 0.3f * iir3(r_iir3.x, y);
        up4_x(x, y) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y)) * 0.003922f) + 0.75f * (cast<float>(in0(x / 2, y)) * 0.003922f);
        up4_y(x, y) = 0.25f * up4_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up4_x(x, y / 2);
        blur5_x(x, y) = (up4_y(x - 1, y) + 3.0f * up4_y(x, y) + 3.0f * up4_y(x + 1, y) + up4_y(x + 2, y)) * 0.125f;
        blur5_y(x, y) = (blur5_x(x, y - 1) + 3.0f * blur5_x(x, y) + 3.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.125f;
        output(x, y) = cast<uint8_t>(clamp((blur5_y(x, y) + iir3(x / 2, y / 2)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1024}});
        input2.set_estimates({{0, 1024}, {0, 1024}});
        output.set_estimates({{0, 2048}, {0, 2048}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            blur5_x.compute_at(output, yo).vectorize(x, 8);
            up4_x.compute_root().vectorize(x, 8).parallel(y);
            iir3.compute_root().vectorize(x, 16).parallel(y);
            iir3.update(0).vectorize(y, 16);
            box2.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(up4_x, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp461, rp_461)
