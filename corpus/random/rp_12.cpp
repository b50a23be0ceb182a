// Random pipeline (seed 12): 11 stages over image2d 1920x640 int16 input.
// Steps: boundary, boundary, downsample, pointwise, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp12 : public Generator<Rp12> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<float> gain{"gain"};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, pad1{"pad1"}, down2_x{"down2_x"}, down2_y{"down2_y"}, pw3{"pw3"}, cvt4{"cvt4"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        pad1(x, y) = BoundaryConditions::constant_exterior(in0, cast<int16_t>(0), {{0, 1920}, {0, 640}})(x, y);
        down2_x(x, y) = ((cast<float>(pad1(2 * x - 1, y)) * 0.000031f) + 3.0f * (cast<float>(pad1(2 * x, y)) * 0.000031f) + 3.0f * (cast<float>(pad1(2 * x + 1, y)) * 0.000031f) + (cast<float>(pad1(2 * x + 2, y)) * 0.000031f)) * 0.125f;
        down2_y(x, y) = (down2_x(x, 2 * y - 1) + 3.0f * down2_x(x, 2 * y) + 3.0f * down2_x(x, 2 * y + 1) + down2_x(x, 2 * y + 2)) * 0.125f;
        pw3(x, y) = log(abs(down2_y(x, y)) + 1.0f);
        cvt4(x, y) = cast<uint16_t>(clamp(pw3(x, y) * 65535.0f, 0.0f, 65535.0f));
        output(x, y) = cast<int16_t>(clamp((cast<float>(cvt4(x, y)) * 0.000015f) * gain * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1920}, {0, 640}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 960}, {0, 320}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            cvt4.compute_root().vectorize(x, 16).parallel(y);
            pw3.compute_root().vectorize(x, 16).parallel(y);
            down2_x.compute_root().vectorize(x, 16).parallel(y);
            pad1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp12, rp_12)
