// Random pipeline (seed 186): 16 stages over image2d 512x2048 uint16 input.
// Steps: boundary, pointwise, stencil, lut, reduction, pointwise, separable, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp186 : public Generator<Rp186> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_rmax5;
    Func in0{"in0"}, pw1{"pw1"}, grad2{"grad2"}, curve3{"curve3"}, lut4{"lut4"}, rmax5{"rmax5"};
    Func pw6{"pw6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        pw1(x, y) = min(in0(x, y), 100);
        grad2(x, y) = sqrt(((cast<float>(pw1(x + 1, y)) * 0.000015f) - (cast<float>(pw1(x - 1, y)) * 0.000015f)) * ((cast<float>(pw1(x + 1, y)) * 0.000015f) - (cast<float>(pw1(x - 1, y)) * 0.000015f)) + ((cast<float>(pw1(x, y + 1)) * 0.000015f) - (cast<float>(pw1(x, y - 1)) * 0.000015f)) * ((cast<float>(pw1(x, y + 1)) * 0.000015f) - (cast<float>(pw1(x, y - 1)) * 0.000015f)));
        curve3(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut4(x, y) = curve3(clamp(cast<int32_t>(grad2(x, y) * 1023.0f), 0, 1023));
        r_rmax5 = RDom(1, 511, "r_rmax5");
        rmax5(y) = lut4(0, y);
        rmax5(y) = max(rmax5(y), lut4(r_rmax5.x, y));
        pw6(y) = floor(rmax5(y) * 8.0f) * 0.125f;
        blur7_x(x, y) = cast<int32_t>(in0(x - 1, y)) + 2 * cast<int32_t>(in0(x, y)) + cast<int32_t>(in0(x + 1, y));
        blur7_y(x, y) = cast<uint16_t>((blur7_x(x, y - 1) + 2 * blur7_x(x, y) + blur7_x(x, y + 1)) / 16);
        blur8_x(x, y) = ((cast<float>(blur7_y(x - 1, y)) * 0.000015f) + 2.0f * (cast<float>(blur7_y(x, y)) * 0.000015f) + (cast<float>(blur7_y(x + 1, y)) * 0.000015f)) * 0.25f;
        blur8_y(x, y) = (blur8_x(x, y - 1) + 2.0f * blur8_x(x, y) + blur8_x(x, y + 1)) * 0.25f;
        output(x, y) = cast<uint16_t>(clamp((blur8_y(x, y) + pw6(y)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 2048}});
        output.set_estimates({{0, 512}, {0, 2048}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            blur8_y.compute_at(output, yo).vectorize(x, 16);
            blur7_y.compute_at(blur8_y, y).vectorize(x, 16);
            blur7_x.compute_root().vectorize(x, 16).parallel(y);
            pw6.compute_at(output, xo);
            rmax5.compute_root().parallel(y);
            rmax5.update(0).vectorize(y, 16);
            lut4.compute_root().vectorize(x, 8).parallel(y);
            curve3.compute_root().vectorize(x, 16);
            grad2.compute_root().vectorize(x, 8).parallel(y);
            pw1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp186, rp_186)
