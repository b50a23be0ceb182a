// Random pipeline (seed 235): 20 stages over image3d 2048x640x4 uint8 input.
// Steps: boundary, boundary, transpose, pointwise, downsample, scan, scan, lut, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp235 : public Generator<Rp235> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir5, r_cumsum6;
    Func in0{"in0"}, in1{"in1"}, tr2{"tr2"}, pw3{"pw3"}, down4_x{"down4_x"}, down4_y{"down4_y"};
    Func iir5{"iir5"}, cumsum6{"cumsum6"}, curve7{"curve7"}, lut8{"lut8"}, pw9{"pw9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_image(input2)(x, y, c);
        tr2(x, y, c) = in1(y, x, c);
        pw3(x, y, c) = (cast<float>(tr2(x, y, c)) * 0.003922f) / (1.0f + abs((cast<float>(tr2(x, y, c)) * 0.003922f)));
        down4_x(x, y, c) = (pw3(2 * x - 1, y, c) + 3.0f * pw3(2 * x, y, c) + 3.0f * pw3(2 * x + 1, y, c) + pw3(2 * x + 2, y, c)) * 0.125f;
        down4_y(x, y, c) = (down4_x(x, 2 * y - 1, c) + 3.0f * down4_x(x, 2 * y, c) + 3.0f * down4_x(x, 2 * y + 1, c) + down4_x(x, 2 * y + 2, c)) * 0.125f;
        r_iir5 = RDom(1, 1023, "r_iir5");
        iir5(x, y, c) = down4_y(x, y, c);
        iir5(x, r_iir5.x, c) = 0.9f * iir5(x, r_iir5.x - 1, c) + 0.1f * iir5(x, r_iir5.x, c);
        iir5(x, 1023 - r_iir5.x, c) = 0.9f * iir5(x, 1024 - r_iir5.x, c) + 0.1f * iir5(x, 1023 - r_iir5.x, c);
        r_cumsum6 = RDom(1, 319, "r_cumsum6");
        cumsum6(x, y, c) = iir5(x, y, c);
        cumsum6(r_cumsum6.x, y, c) = cumsum6(r_cumsum6.x - 1, y, c) + cumsum6(r_cumsum6.x, y, c);
        curve7(x) = sqrt(cast<float>(x) * 0.003922f);
        lut8(x, y, c) = curve7(clamp(cast<int32_t>(in1(x, y, c)) * 256 / 256, 0, 255));
        pw9(x, y, c) = sqrt(abs(lut8(x, y, c)) + 1.0f);
        output(x, y, c) = cast<uint8_t>(clamp((pw9(x, y, c) + (cast<float>(in0(x, y, c)) * 0.003922f) + cumsum6(x * 5 / 32, y * 8 / 5, c)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 640}, {0, 4}});
        input2.set_estimates({{0, 2048}, {0, 640}, {0, 4}});
        output.set_estimates({{0, 2048}, {0, 640}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            pw9.compute_at(output, xo).vectorize(x, 16);
            lut8.compute_root().vectorize(x, 16).parallel(c);
            cumsum6.compute_root().vectorize(x, 16).parallel(c);
            cumsum6.update(0).vectorize(y, 16).parallel(c);
            iir5.compute_root().vectorize(x, 16).parallel(c);
            iir5.update(0).vectorize(x, 16);
            iir5.update(1).vectorize(x, 16).parallel(c);
            down4_y.compute_root().vectorize(x, 8).parallel(c);
            tr2.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp235, rp_235)
