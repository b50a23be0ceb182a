// Random pipeline (seed 286): 8 stages over image2d 640x384 uint16 input.
// Steps: boundary, cast, binary, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp286 : public Generator<Rp286> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, cvt1{"cvt1"}, avg2{"avg2"}, down3_x{"down3_x"}, down3_y{"down3_y"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        cvt1(x, y) = cast<uint8_t>(clamp((cast<float>(in0(x, y)) * 0.000015f) * 255.0f, 0.0f, 255.0f));
        avg2(x, y) = ((cast<float>(cvt1(x, y)) * 0.003922f) + (cast<float>(in0(x, y)) * 0.000015f)) * 0.5f;
        down3_x(x, y) = (avg2(2 * x - 1, y) + 3.0f * avg2(2 * x, y) + 3.0f * avg2(2 * x + 1, y) + avg2(2 * x + 2, y)) * 0.125f;
        down3_y(x, y) = (down3_x(x, 2 * y - 1) + 3.0f * down3_x(x, 2 * y) + 3.0f * down3_x(x, 2 * y + 1) + down3_x(x, 2 * y + 2)) * 0.125f;
        output(x, y) = cast<uint16_t>(clamp(down3_y(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 384}});
        output.set_estimates({{0, 320}, {0, 192}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 16);
            down3_y.compute_at(output, yi).vectorize(x, 8);
            avg2.compute_root().vectorize(x, 16).parallel(y);
            cvt1.compute_at(avg2, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp286, rp_286)
