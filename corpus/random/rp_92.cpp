// Random pipeline (seed 92): 16 stages over tensor4d 28x28x32x8 int16 input.
// Steps: boundary, lut, cast, separable, all_to_all, cast, separable, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp92 : public Generator<Rp92> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<float>> w_mix5{"w_mix5", 2};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix5;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, cvt3{"cvt3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func mix5{"mix5"}, cvt6{"cvt6"}, blur7_x{"blur7_x"}, blur7_y{"blur7_y"}, cvt8{"cvt8"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y, c, n);
        curve1(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut2(x, y, c, n) = curve1(clamp(cast<int32_t>(in0(x, y, c, n)) / 256 + 128, 0, 255));
        cvt3(x, y, c, n) = cast<uint16_t>(clamp(lut2(x, y, c, n) * 65535.0f, 0.0f, 65535.0f));
        blur4_x(x, y, c, n) = cast<int32_t>(cvt3(x - 1, y, c, n)) + cast<int32_t>(cvt3(x, y, c, n)) + cast<int32_t>(cvt3(x + 1, y, c, n));
        blur4_y(x, y, c, n) = cast<uint16_t>((blur4_x(x, y - 1, c, n) + blur4_x(x, y, c, n) + blur4_x(x, y + 1, c, n)) / 9);
        r_mix5 = RDom(0, 32, "r_mix5");
        mix5(x, y, c, n) = 0.0f;
        mix5(x, y, c, n) += (cast<float>(blur4_y(x, y, r_mix5.x, n)) * 0.000015f) * w_mix5(r_mix5.x, clamp(c, 0, 31));
        cvt6(x, y, c, n) = cast<int16_t>(clamp((cast<float>(blur4_x(x, y, c, n)) * 0.000977f) * 32767.0f, -32768.0f, 32767.0f));
        blur7_x(x, y, c, n) = (mix5(x - 2, y, c, n) + 4.0f * mix5(x - 1, y, c, n) + 6.0f * mix5(x, y, c, n) + 4.0f * mix5(x + 1, y, c, n) + mix5(x + 2, y, c, n)) * 0.0625f;
        blur7_y(x, y, c, n) = (blur7_x(x, y - 2, c, n) + 4.0f * blur7_x(x, y - 1, c, n) + 6.0f * blur7_x(x, y, c, n) + 4.0f * blur7_x(x, y + 1, c, n) + blur7_x(x, y + 2, c, n)) * 0.0625f;
        cvt8(x, y, c, n) = cast<uint16_t>(clamp(blur7_y(x, y, c, n) * 65535.0f, 0.0f, 65535.0f));
        output(x, y, c, n) = cast<int16_t>(clamp(((cast<float>(cvt8(x, y, c, n)) * 0.000015f) + (cast<float>(cvt6(x, y, c, n)) * 0.000031f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 8}});
        w_mix5.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            cvt8.compute_at(output, c).vectorize(x, 8);
            blur7_x.compute_root().vectorize(x, 8).parallel(n);
            mix5.compute_at(blur7_x, c).vectorize(x, 8);
            mix5.update(0).vectorize(x, 8);
            blur4_y.compute_root().vectorize(x, 8).parallel(n);
            cvt3.compute_root().vectorize(x, 8).parallel(n);
            lut2.compute_root().vectorize(x, 8).parallel(n);
            curve1.compute_root().vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp92, rp_92)
