// Random pipeline (seed 207): 18 stages over image2d 1024x640 uint8 input.
// Steps: boundary, boundary, binary, activation, histogram, lut, reduction, binary, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp207 : public Generator<Rp207> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_hist4, r_rmax6;
    Func in0{"in0"}, in1{"in1"}, mx2{"mx2"}, act3{"act3"}, hist4{"hist4"}, lut5{"lut5"};
    Func rmax6{"rmax6"}, mn7{"mn7"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        mx2(x, y) = max(in0(x, y), in1(x, y));
        act3(x, y) = max(mx2(x, y), cast<uint8_t>(0));
        r_hist4 = RDom(0, 1024, 0, 640, "r_hist4");
        hist4(x) = 0;
        hist4(clamp(cast<int32_t>(in0(r_hist4.x, r_hist4.y)) * 256 / 256, 0, 255)) += 1;
        lut5(x, y) = (cast<float>(hist4(clamp(cast<int32_t>(act3(x, y)) * 256 / 256, 0, 255))) * 0.000977f);
        r_rmax6 = RDom(1, 639, "r_rmax6");
        rmax6(x) = lut5(x, 0);
        rmax6(x) = max(rmax6(x), lut5(x, r_rmax6.x));
        mn7(x, y) = min(lut5(x, y), rmax6(x));
        blur8_x(x, y) = (mn7(x - 1, y) + 2.0f * mn7(x, y) + mn7(x + 1, y)) * 0.25f;
        blur8_y(x, y) = (blur8_x(x, y - 1) + 2.0f * blur8_x(x, y) + blur8_x(x, y + 1)) * 0.25f;
        output(x, y) = cast<uint8_t>(clamp(blur8_y(x, y) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 640}});
        input2.set_estimates({{0, 1024}, {0, 640}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 1024}, {0, 640}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            mn7.compute_root().vectorize(x, 8).parallel(y);
            rmax6.compute_root().vectorize(x, 8);
            rmax6.update(0).vectorize(x, 8);
            lut5.compute_root().vectorize(x, 16).parallel(y);
            hist4.compute_root();
            mx2.compute_at(lut5, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp207, rp_207)
