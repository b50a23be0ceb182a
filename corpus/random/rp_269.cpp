// Random pipeline (seed 269): 10 stages over image2d 256x640 uint8 input.
// Steps: boundary, boundary, cast, activation, downsample, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp269 : public Generator<Rp269> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, pad1{"pad1"}, cvt2{"cvt2"}, act3{"act3"}, down4{"down4"}, mul5{"mul5"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        pad1(x, y) = BoundaryConditions::mirror_interior(in0, {{0, 256}, {0, 640}})(x, y);
        cvt2(x, y) = saturating_cast<uint16_t>(pad1(x, y));
        act3(x, y) = select((cast<float>(cvt2(x, y)) * 0.000015f) > 0.0f, (cast<float>(cvt2(x, y)) * 0.000015f), (cast<float>(cvt2(x, y)) * 0.000015f) * 0.1f);
        down4(x, y) = (act3(2 * x, 2 * y) + act3(2 * x + 1, 2 * y) + act3(2 * x, 2 * y + 1) + act3(2 * x + 1, 2 * y + 1)) * 0.25f;
        mul5(x, y) = down4(x, y) * act3(x * 2, y * 2);
        output(x, y) = cast<uint16_t>(clamp(mul5(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 640}});
        output.set_estimates({{0, 128}, {0, 320}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 8)
                .parallel(yo)
                .vectorize(x, 16);
            mul5.compute_root().vectorize(x, 8).parallel(y);
            down4.compute_root().vectorize(x, 16).parallel(y);
            act3.compute_root().vectorize(x, 8).parallel(y);
            cvt2.compute_at(act3, y).vectorize(x, 8);
            pad1.compute_at(cvt2, y).vectorize(x, 16);
            in0.compute_at(pad1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp269, rp_269)
