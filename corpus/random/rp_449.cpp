// Random pipeline (seed 449): 18 stages over image3d 2048x2048x4 uint8 input.
// Steps: boundary, separable, downsample, scan, conv, binary, slice, scan, binary, stencil.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp449 : public Generator<Rp449> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir3, r_conv4, r_iir7;
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, down2{"down2"}, iir3{"iir3"}, conv4{"conv4"};
    Func diff5{"diff5"}, slice6{"slice6"}, iir7{"iir7"}, mul8{"mul8"}, grad9{"grad9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        blur1_x(x, y, c) = ((cast<float>(in0(x - 2, y, c)) * 0.003922f) + 4.0f * (cast<float>(in0(x - 1, y, c)) * 0.003922f) + 6.0f * (cast<float>(in0(x, y, c)) * 0.003922f) + 4.0f * (cast<float>(in0(x + 1, y, c)) * 0.003922f) + (cast<float>(in0(x + 2, y, c)) * 0.003922f)) * 0.0625f;
        blur1_y(x, y, c) = (blur1_x(x, y - 2, c) + 4.0f * blur1_x(x, y - 1, c) + 6.0f * blur1_x(x, y, c) + 4.0f * blur1_x(x, y + 1, c) + blur1_x(x, y + 2, c)) * 0.0625f;
        down2(x, y, c) = (blur1_y(2 * x, 2 * y, c) + blur1_y(2 * x + 1, 2 * y, c) + blur1_y(2 * x, 2 * y + 1, c) + blur1_y(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        r_iir3 = RDom(1, 1023, "r_iir3");
        iir3(x, y, c) = down2(x, y, c);
        iir3(r_iir3.x, y, c) = 0.5f * iir3(r_iir3.x - 1, y, c) + 0.5f * iir3(r_iir3.x, y, c);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += down2(x + r_conv4.x - 1, y + r_conv4.y - 1, c) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.3f);
        diff5(x, y, c) = absd(conv4(x, y, c), iir3(x, y, c));
        slice6(y, c) = diff5(604, y, c);
        r_iir7 = RDom(1, 1023, "r_iir7");
        iir7(y, c) = slice6(y, c);
        iir7(r_iir7.x, c) = 0.8f * iir7(r_iir7.x - 1, c) + 0.2f * iir7(r_iir7.x, c);
        iir7(1023 - r_iir7.x, c) = 0.8f * iir7(1024 - r_iir7.x, c) + 0.2f * iir7(1023 - r_iir7.x, c);
        mul8(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f) * iir7(y / 2, c);
        grad9(x, y, c) = sqrt((mul8(x + 1, y, c) - mul8(x - 1, y, c)) * (mul8(x + 1, y, c) - mul8(x - 1, y, c)) + (mul8(x, y + 1, c) - mul8(x, y - 1, c)) * (mul8(x, y + 1, c) - mul8(x, y - 1, c)));
        output(x, y, c) = cast<uint8_t>(clamp(grad9(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 2048}, {0, 4}});
        output.set_estimates({{0, 2048}, {0, 2048}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            grad9.compute_root().vectorize(x, 16).parallel(c);
            iir7.compute_root();
            iir7.update(1).parallel(c);
            slice6.compute_root().parallel(c);
            diff5.compute_at(slice6, c).vectorize(x, 8);
            conv4.compute_root().vectorize(x, 16).parallel(c);
            conv4.update(0).vectorize(x, 8).unroll(r_conv4.x).parallel(c);
            iir3.compute_root().vectorize(x, 16).parallel(c);
            iir3.update(0).vectorize(y, 8);
            blur1_x.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp449, rp_449)
