// Random pipeline (seed 387): 11 stages over image2d 1280x640 int16 input.
// Steps: boundary, boundary, upsample, transpose, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp387 : public Generator<Rp387> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, up2{"up2"}, tr3{"tr3"}, slice4{"slice4"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        Expr up2_fx = cast<float>(x % 2) * 0.5f;
        Expr up2_fy = cast<float>(y % 2) * 0.5f;
        up2(x, y) = lerp(lerp((cast<float>(in0(x / 2, y / 2)) * 0.000031f), (cast<float>(in0(x / 2 + 1, y / 2)) * 0.000031f), up2_fx), lerp((cast<float>(in0(x / 2, y / 2 + 1)) * 0.000031f), (cast<float>(in0(x / 2 + 1, y / 2 + 1)) * 0.000031f), up2_fx), up2_fy);
        tr3(x, y) = up2(y, x);
        slice4(y) = tr3(15, y);
        output(x, y) = cast<int16_t>(clamp((slice4(y) + (cast<float>(in1(x, y / 4)) * 0.003922f)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 640}});
        input2.set_estimates({{0, 1280}, {0, 640}});
        output.set_estimates({{0, 1280}, {0, 2560}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            up2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_at(output, xo).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp387, rp_387)
