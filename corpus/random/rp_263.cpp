// Random pipeline (seed 263): 14 stages over image2d 1024x768 uint16 input.
// Steps: boundary, lut, transpose, binary, boundary, cast, binary, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp263 : public Generator<Rp263> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, tr3{"tr3"}, diff4{"diff4"}, pad5{"pad5"};
    Func cvt6{"cvt6"}, mx7{"mx7"}, lut8{"lut8"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_image(input)(x, y);
        curve1(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut2(x, y) = curve1(clamp(cast<int32_t>(in0(x, y)) / 256, 0, 255));
        tr3(x, y) = lut2(y, x);
        diff4(x, y) = absd(tr3(x, y), curve1(x / 3));
        pad5(x, y) = BoundaryConditions::constant_exterior(diff4, 0.0f, {{0, 768}, {0, 1024}})(x, y);
        cvt6(x, y) = cast<uint16_t>(clamp(pad5(x, y) * 65535.0f, 0.0f, 65535.0f));
        mx7(x, y) = max((cast<float>(cvt6(x, y)) * 0.000015f), pad5(x, y));
        lut8(x, y) = curve1(clamp(cast<int32_t>(mx7(x, y) * 255.0f), 0, 255));
        output(x, y) = cast<uint16_t>(clamp(lut8(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 768}});
        output.set_estimates({{0, 768}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            mx7.compute_at(output, yo).vectorize(x, 8);
            diff4.compute_root().vectorize(x, 16).parallel(y);
            lut2.compute_at(diff4, y).vectorize(x, 16);
            curve1.compute_root().vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp263, rp_263)
