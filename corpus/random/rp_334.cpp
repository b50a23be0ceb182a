// Random pipeline (seed 334): 16 stages over image2d 1920x1024 float input.
// Steps: boundary, boundary, downsample, separable, pointwise, histogram, upsample, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp334 : public Generator<Rp334> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist5;
    Func in0{"in0"}, in1{"in1"}, down2{"down2"}, blur3_x{"blur3_x"}, blur3_y{"blur3_y"}, pw4{"pw4"};
    Func hist5{"hist5"}, up6{"up6"}, avg7{"avg7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        down2(x, y) = (in0(2 * x, 2 * y) + in0(2 * x + 1, 2 * y) + in0(2 * x, 2 * y + 1) + in0(2 * x + 1, 2 * y + 1)) * 0.25f;
        blur3_x(x, y) = (down2(x - 1, y) + 3.0f * down2(x, y) + 3.0f * down2(x + 1, y) + down2(x + 2, y)) * 0.125f;
        blur3_y(x, y) = (blur3_x(x, y - 1) + 3.0f * blur3_x(x, y) + 3.0f * blur3_x(x, y + 1) + blur3_x(x, y + 2)) * 0.125f;
        pw4(x, y) = exp(-abs(blur3_y(x, y)));
        r_hist5 = RDom(0, 960, 0, 512, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(pw4(r_hist5.x, r_hist5.y) * 255.0f), 0, 255)) += 1;
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp((cast<float>(in1(x / 2, y / 2)) * 0.003922f), (cast<float>(in1(x / 2 + 1, y / 2)) * 0.003922f), up6_fx), lerp((cast<float>(in1(x / 2, y / 2 + 1)) * 0.003922f), (cast<float>(in1(x / 2 + 1, y / 2 + 1)) * 0.003922f), up6_fx), up6_fy);
        avg7(x, y) = (up6(x, y) + (cast<float>(hist5(x / 15)) * 0.000977f)) * 0.5f;
        output(x, y) = avg7(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 1024}});
        input2.set_estimates({{0, 1920}, {0, 1024}});
        output.set_estimates({{0, 3840}, {0, 2048}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            avg7.compute_root().vectorize(x, 8).parallel(y);
            up6.compute_at(avg7, y).vectorize(x, 8);
            hist5.compute_root();
            pw4.compute_root().vectorize(x, 16).parallel(y);
            blur3_x.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(up6, y).vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp334, rp_334)
