// Random pipeline (seed 58): 14 stages over image2d 3072x2048 uint8 input.
// Steps: boundary, boundary, scan, cast, separable, downsample, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp58 : public Generator<Rp58> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir2;
    Func in0{"in0"}, in1{"in1"}, iir2{"iir2"}, cvt3{"cvt3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func down5{"down5"}, cvt6{"cvt6"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_iir2 = RDom(1, 3071, "r_iir2");
        iir2(x, y) = (cast<float>(in1(x, y)) * 0.003922f);
        iir2(r_iir2.x, y) = 0.5f * iir2(r_iir2.x - 1, y) + 0.5f * iir2(r_iir2.x, y);
        cvt3(x, y) = cast<int32_t>(iir2(x, y) * 1024.0f);
        blur4_x(x, y) = ((cast<float>(cvt3(x - 1, y)) * 0.000977f) + 2.0f * (cast<float>(cvt3(x, y)) * 0.000977f) + (cast<float>(cvt3(x + 1, y)) * 0.000977f)) * 0.25f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + 2.0f * blur4_x(x, y) + blur4_x(x, y + 1)) * 0.25f;
        down5(x, y) = (blur4_y(2 * x, 2 * y) + blur4_y(2 * x + 1, 2 * y) + blur4_y(2 * x, 2 * y + 1) + blur4_y(2 * x + 1, 2 * y + 1)) * 0.25f;
        cvt6(x, y) = cast<int16_t>(clamp(down5(x, y) * 32767.0f, -32768.0f, 32767.0f));
        output(x, y) = cast<int16_t>(clamp(((cast<float>(cvt6(x, y)) * 0.000031f) + (cast<float>(in0(x * 2, y * 2)) * 0.003922f)) * 0.5f * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 2048}});
        input2.set_estimates({{0, 3072}, {0, 2048}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 1536}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            cvt6.compute_root().vectorize(x, 8).parallel(y);
            down5.compute_root().vectorize(x, 16).parallel(y);
            blur4_x.compute_root().vectorize(x, 16).parallel(y);
            cvt3.compute_at(blur4_x, y).vectorize(x, 8);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(y, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp58, rp_58)
