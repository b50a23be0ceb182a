// Random pipeline (seed 141): 18 stages over image2d 2048x1024 float input.
// Steps: boundary, boundary, upsample, upsample, histogram, stencil, lut, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp141 : public Generator<Rp141> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist4, r_cumsum7;
    Func in0{"in0"}, in1{"in1"}, up2_x{"up2_x"}, up2_y{"up2_y"}, up3_x{"up3_x"}, up3_y{"up3_y"};
    Func hist4{"hist4"}, box5{"box5"}, lut6{"lut6"}, cumsum7{"cumsum7"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        up2_x(x, y) = 0.25f * in1((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * in1(x / 2, y);
        up2_y(x, y) = 0.25f * up2_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up2_x(x, y / 2);
        up3_x(x, y) = 0.25f * up2_y((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * up2_y(x / 2, y);
        up3_y(x, y) = 0.25f * up3_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up3_x(x, y / 2);
        r_hist4 = RDom(0, 8192, 0, 4096, "r_hist4");
        hist4(x) = 0;
        hist4(clamp(cast<int32_t>(up3_y(r_hist4.x, r_hist4.y) * 255.0f), 0, 255)) += 1;
        box5(x, y) = (in0(x - 1, y - 1) + in0(x, y - 1) + in0(x + 1, y - 1) + in0(x - 1, y) + in0(x, y) + in0(x + 1, y) + in0(x - 1, y + 1) + in0(x, y + 1) + in0(x + 1, y + 1)) * 0.111111f;
        lut6(x, y) = (cast<float>(hist4(clamp(cast<int32_t>(box5(x, y) * 255.0f), 0, 255))) * 0.000977f);
        r_cumsum7 = RDom(1, 1023, "r_cumsum7");
        cumsum7(x, y) = lut6(x, y);
        cumsum7(x, r_cumsum7.x) = cumsum7(x, r_cumsum7.x - 1) + cumsum7(x, r_cumsum7.x);
        output(x, y) = cumsum7(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 1024}});
        input2.set_estimates({{0, 2048}, {0, 1024}});
        output.set_estimates({{0, 2048}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            cumsum7.compute_root().vectorize(x, 16).parallel(y);
            cumsum7.update(0).vectorize(x, 8);
            lut6.compute_root().vectorize(x, 8).parallel(y);
            hist4.compute_root();
            up3_y.compute_root().vectorize(x, 8).parallel(y);
            up3_x.compute_root().vectorize(x, 16).parallel(y);
            up2_x.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp141, rp_141)
