// Random pipeline (seed 137): 18 stages over tensor4d 32x32x64x8 float input.
// Steps: boundary, boundary, conv, stencil, conv, cast, downsample, downsample, binary, binary, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp137 : public Generator<Rp137> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<Buffer<float>> w_dw2{"w_dw2", 3};
    Input<Buffer<float>> w_conv4{"w_conv4", 4};
    Input<Buffer<float>> w_mm10{"w_mm10", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_dw2, r_conv4, r_mm10;
    Func in0{"in0"}, in1{"in1"}, dw2{"dw2"}, erode3{"erode3"}, conv4{"conv4"}, cvt5{"cvt5"};
    Func down6_x{"down6_x"}, down6_y{"down6_y"}, down7{"down7"}, mul8{"mul8"}, avg9{"avg9"}, mm10{"mm10"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        r_dw2 = RDom(0, 3, 0, 3, "r_dw2");
        dw2(x, y, c, n) = 0.0f;
        dw2(x, y, c, n) += in0(x + r_dw2.x - 1, y + r_dw2.y - 1, c, n) * w_dw2(r_dw2.x, r_dw2.y, c);
        erode3(x, y, c, n) = min(min(min(min(in1(x, y, c, n), in1(x - 1, y, c, n)), in1(x + 1, y, c, n)), in1(x, y - 1, c, n)), in1(x, y + 1, c, n));
        r_conv4 = RDom(0, 3, 0, 3, 0, 64, "r_conv4");
        conv4(x, y, c, n) = 0.0f;
        conv4(x, y, c, n) += dw2(x + r_conv4.x - 1, y + r_conv4.y - 1, r_conv4.z, n) * w_conv4(r_conv4.x, r_conv4.y, r_conv4.z, c);
        cvt5(x, y, c, n) = cast<int32_t>(conv4(x, y, c, n) * 1024.0f);
        down6_x(x, y, c, n) = (in0(2 * x - 1, y, c, n) + 3.0f * in0(2 * x, y, c, n) + 3.0f * in0(2 * x + 1, y, c, n) + in0(2 * x + 2, y, c, n)) * 0.125f;
        down6_y(x, y, c, n) = (down6_x(x, 2 * y - 1, c, n) + 3.0f * down6_x(x, 2 * y, c, n) + 3.0f * down6_x(x, 2 * y + 1, c, n) + down6_x(x, 2 * y + 2, c, n)) * 0.125f;
        down7(x, y, c, n) = ((cast<float>(cvt5(2 * x, 2 * y, c, n)) * 0.000977f) + (cast<float>(cvt5(2 * x + 1, 2 * y, c, n)) * 0.000977f) + (cast<float>(cvt5(2 * x, 2 * y + 1, c, n)) * 0.000977f) + (cast<float>(cvt5(2 * x + 1, 2 * y + 1, c, n)) * 0.000977f)) * 0.25f;
        mul8(x, y, c, n) = in1(x, y, c, n) * down7(x / 2, y / 2, c, n);
        avg9(x, y, c, n) = (erode3(x, y, c, n) + mul8(x, y, c, n)) * 0.5f;
        r_mm10 = RDom(0, 32, "r_mm10");
        mm10(x, y, c, n) = 0.0f;
        mm10(x, y, c, n) += avg9(r_mm10.x, y, c, n) * w_mm10(r_mm10.x, clamp(x, 0, 31));
        output(x, y, c, n) = (mm10(x, y, c, n) + down6_y(x / 2, y / 2, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 64}, {0, 8}});
        input2.set_estimates({{0, 32}, {0, 32}, {0, 64}, {0, 8}});
        w_dw2.set_estimates({{0, 3}, {0, 3}, {0, 64}});
        w_conv4.set_estimates({{0, 3}, {0, 3}, {0, 64}, {0, 64}});
        w_mm10.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 64}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mm10.compute_root().vectorize(x, 8).parallel(n);
            mm10.update(0).vectorize(x, 8).parallel(n);
            avg9.compute_root().vectorize(x, 8).parallel(n);
            down7.compute_at(avg9, y).vectorize(x, 8);
            down6_x.compute_root().vectorize(x, 8).parallel(n);
            cvt5.compute_root().vectorize(x, 8).parallel(n);
            conv4.compute_root().vectorize(x, 8).parallel(n);
            conv4.update(0).vectorize(x, 8).parallel(n);
            erode3.compute_root().vectorize(x, 8).parallel(n);
            dw2.compute_root().vectorize(x, 8).parallel(n);
            dw2.update(0).vectorize(x, 8).unroll(r_dw2.x).parallel(n);
            in1.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp137, rp_137)
