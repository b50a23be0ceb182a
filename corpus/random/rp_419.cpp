// Random pipeline (seed 419): 13 stages over image2d 512x1280 uint8 input.
// Steps: boundary, stencil, separable, histogram, binary, binary, lut, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp419 : public Generator<Rp419> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist3;
    Func in0{"in0"}, dilate1{"dilate1"}, blur2_x{"blur2_x"}, blur2_y{"blur2_y"}, hist3{"hist3"}, mx4{"mx4"};
    Func mul5{"mul5"}, lut6{"lut6"}, up7{"up7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        dilate1(x, y) = max(max(max(max(in0(x, y), in0(x - 1, y)), in0(x + 1, y)), in0(x, y - 1)), in0(x, y + 1));
        blur2_x(x, y) = ((cast<float>(dilate1(x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(dilate1(x, y)) * 0.003922f) + 3.0f * (cast<float>(dilate1(x + 1, y)) * 0.003922f) + (cast<float>(dilate1(x + 2, y)) * 0.003922f)) * 0.125f;
        blur2_y(x, y) = (blur2_x(x, y - 1) + 3.0f * blur2_x(x, y) + 3.0f * blur2_x(x, y + 1) + blur2_x(x, y + 2)) * 0.125f;
        r_hist3 = RDom(0, 512, 0, 1280, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(blur2_y(r_hist3.x, r_hist3.y) * 255.0f), 0, 255)) += 1;
        mx4(x, y) = max((cast<float>(dilate1(x, y)) * 0.003922f), (cast<float>(hist3(x / 2)) * 0.000977f));
        mul5(x, y) = mx4(x, y) * blur2_x(x, y);
        lut6(x, y) = (cast<float>(hist3(clamp(cast<int32_t>(mul5(x, y) * 255.0f), 0, 255))) * 0.000977f);
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y) = lerp(lerp(lut6(x / 2, y / 2), lut6(x / 2 + 1, y / 2), up7_fx), lerp(lut6(x / 2, y / 2 + 1), lut6(x / 2 + 1, y / 2 + 1), up7_fx), up7_fy);
        output(x, y) = cast<uint8_t>(clamp(up7(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1280}});
        output.set_estimates({{0, 1024}, {0, 2560}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            up7.compute_at(output, xo).vectorize(x, 8);
            lut6.compute_at(up7, y).vectorize(x, 16);
            mul5.compute_root().vectorize(x, 8).parallel(y);
            hist3.compute_root();
            blur2_y.compute_root().vectorize(x, 16).parallel(y);
            blur2_x.compute_root().vectorize(x, 8).parallel(y);
            dilate1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp419, rp_419)
