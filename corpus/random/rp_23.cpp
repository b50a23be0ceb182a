// Random pipeline (seed 23): 15 stages over image2d 256x256 float input.
// Steps: boundary, boundary, binary, slice, activation, separable, cast, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp23 : public Generator<Rp23> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, mul2{"mul2"}, slice3{"slice3"}, act4{"act4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, cvt6{"cvt6"}, curve7{"curve7"}, lut8{"lut8"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        mul2(x, y) = (cast<float>(in1(x, y)) * 0.003922f) * in0(x, y);
        slice3(y) = mul2(119, y);
        act4(y) = log(1.0f + exp(slice3(y)));
        blur5_x(x, y) = (mul2(x - 2, y) + 4.0f * mul2(x - 1, y) + 6.0f * mul2(x, y) + 4.0f * mul2(x + 1, y) + mul2(x + 2, y)) * 0.0625f;
        blur5_y(x, y) = (blur5_x(x, y - 2) + 4.0f * blur5_x(x, y - 1) + 6.0f * blur5_x(x, y) + 4.0f * blur5_x(x, y + 1) + blur5_x(x, y + 2)) * 0.0625f;
        cvt6(x, y) = cast<uint8_t>(clamp(blur5_y(x, y) * 255.0f, 0.0f, 255.0f));
        curve7(x) = pow(cast<float>(x) * 0.000978f, 0.4545f);
        lut8(x, y) = curve7(clamp(cast<int32_t>(cvt6(x, y)) * 1024 / 256, 0, 1023));
        output(x, y) = cast<uint16_t>(clamp((lut8(x, y) + act4(y)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 256}});
        input2.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 256}, {0, 256}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            cvt6.compute_root().vectorize(x, 16).parallel(y);
            blur5_x.compute_at(cvt6, y).vectorize(x, 16);
            act4.compute_at(output, xo);
            slice3.compute_at(act4, y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp23, rp_23)
