// Random pipeline (seed 495): 15 stages over image3d 2560x1920x3 uint8 input.
// Steps: boundary, boundary, binary, pointwise, slice, cast, scan, binary, separable.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp495 : public Generator<Rp495> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_cumsum6;
    Func in0{"in0"}, in1{"in1"}, diff2{"diff2"}, pw3{"pw3"}, slice4{"slice4"}, cvt5{"cvt5"};
    Func cumsum6{"cumsum6"}, mn7{"mn7"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        diff2(x, y, c) = absd((cast<float>(in0(x, y, c)) * 0.003922f), (cast<float>(in1(x, y)) * 0.003922f));
        pw3(x, y, c) = tanh(diff2(x, y, c));
        slice4(x, y) = pw3(x, y, 0);
        cvt5(x, y) = cast<uint16_t>(clamp(slice4(x, y) * 65535.0f, 0.0f, 65535.0f));
        r_cumsum6 = RDom(1, 1919, "r_cumsum6");
        cumsum6(x, y, c) = diff2(x, y, c);
        cumsum6(x, r_cumsum6.x, c) = cumsum6(x, r_cumsum6.x - 1, c) + cumsum6(x, r_cumsum6.x, c);
        mn7(x, y, c) = min(cumsum6(x, y, c), (cast<float>(cvt5(x, y)) * 0.000015f));
        blur8_x(x, y, c) = (mn7(x - 1, y, c) + 3.0f * mn7(x, y, c) + 3.0f * mn7(x + 1, y, c) + mn7(x + 2, y, c)) * 0.125f;
        blur8_y(x, y, c) = (blur8_x(x, y - 1, c) + 3.0f * blur8_x(x, y, c) + 3.0f * blur8_x(x, y + 1, c) + blur8_x(x, y + 2, c)) * 0.125f;
        output(x, y, c) = cast<uint8_t>(clamp(blur8_y(x, y, c) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1920}, {0, 3}});
        input2.set_estimates({{0, 2560}, {0, 1920}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 2560}, {0, 1920}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            blur8_x.compute_at(output, xo).vectorize(x, 8);
            mn7.compute_root().vectorize(x, 16).parallel(y);
            cumsum6.compute_root().vectorize(x, 8).parallel(y);
            cumsum6.update(0).vectorize(x, 16);
            cvt5.compute_at(mn7, c).vectorize(x, 16);
            slice4.compute_at(cvt5, y).vectorize(x, 16);
            diff2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_at(diff2, c).vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp495, rp_495)
