// Random pipeline (seed 518): 20 stages over image2d 640x1024 int16 input.
// Steps: boundary, cast, scan, resample, reduction, lut, reduction, reindex, downsample, separable, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp518 : public Generator<Rp518> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_iir2, r_red4, r_rmax7;
    Func in0{"in0"}, cvt1{"cvt1"}, iir2{"iir2"}, resize3{"resize3"}, red4{"red4"}, curve5{"curve5"};
    Func lut6{"lut6"}, rmax7{"rmax7"}, flip8{"flip8"}, down9{"down9"}, blur10_x{"blur10_x"}, blur10_y{"blur10_y"};
    Func pw11{"pw11"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        cvt1(x, y) = cast<int32_t>((cast<float>(in0(x, y)) * 0.000031f) * 1024.0f);
        r_iir2 = RDom(1, 1023, "r_iir2");
        iir2(x, y) = (cast<float>(cvt1(x, y)) * 0.000977f);
        iir2(x, r_iir2.x) = 0.9f * iir2(x, r_iir2.x - 1) + 0.1f * iir2(x, r_iir2.x);
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 1.25f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 1.25f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y) = lerp(lerp((cast<float>(in0(resize3_ix, resize3_iy)) * 0.000031f), (cast<float>(in0(resize3_ix + 1, resize3_iy)) * 0.000031f), resize3_fx), lerp((cast<float>(in0(resize3_ix, resize3_iy + 1)) * 0.000031f), (cast<float>(in0(resize3_ix + 1, resize3_iy + 1)) * 0.000031f), resize3_fx), resize3_fy);
        r_red4 = RDom(0, 819, "r_red4");
        red4(x) = maximum(resize3(x, r_red4.x));
        curve5(x) = cast<float>(x) * 0.000978f * cast<float>(x) * 0.000978f * (3.0f - 2.0f * cast<float>(x) * 0.000978f);
        lut6(x) = curve5(clamp(cast<int32_t>(red4(x) * 1023.0f), 0, 1023));
        r_rmax7 = RDom(1, 1023, "r_rmax7");
        rmax7(x) = iir2(x, 0);
        rmax7(x) = max(rmax7(x), iir2(x, r_rmax7.x));
        flip8(x) = rmax7(639 - x);
        down9(x, y) = (resize3(2 * x, 2 * y) + resize3(2 * x + 1, 2 * y) + resize3(2 * x, 2 * y + 1) + resize3(2 * x + 1, 2 * y + 1)) * 0.25f;
        blur10_x(x, y) = (down9(x - 1, y) + 2.0f * down9(x, y) + down9(x + 1, y)) * 0.25f;
        blur10_y(x, y) = (blur10_x(x, y - 1) + 2.0f * blur10_x(x, y) + blur10_x(x, y + 1)) * 0.25f;
        pw11(x, y) = tanh(blur10_y(x, y));
        output(x, y) = cast<int16_t>(clamp((pw11(x, y) + lut6(x * 2) + flip8(x * 5 / 2)) * 0.333333f * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1024}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 256}, {0, 409}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            pw11.compute_at(output, y).vectorize(x, 8);
            blur10_x.compute_at(pw11, y).vectorize(x, 16);
            down9.compute_root().vectorize(x, 8).parallel(y);
            flip8.compute_root().vectorize(x, 16);
            rmax7.compute_root().vectorize(x, 16);
            rmax7.update(0).vectorize(x, 8);
            lut6.compute_root().vectorize(x, 8);
            curve5.compute_root().vectorize(x, 8);
            red4.compute_root().vectorize(x, 8);
            resize3.compute_root().vectorize(x, 8).parallel(y);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(x, 8);
            cvt1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp518, rp_518)
