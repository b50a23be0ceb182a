// Random pipeline (seed 52): 16 stages over image3d 640x1280x3 uint8 input.
// Steps: boundary, boundary, stencil, downsample, cast, boundary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp52 : public Generator<Rp52> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, dilate2{"dilate2"}, down3_x{"down3_x"}, down3_y{"down3_y"}, cvt4{"cvt4"};
    Func pad5{"pad5"}, up6_x{"up6_x"}, up6_y{"up6_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        dilate2(x, y) = max(max(max(max(in1(x, y), in1(x - 1, y)), in1(x + 1, y)), in1(x, y - 1)), in1(x, y + 1));
        down3_x(x, y) = ((cast<float>(dilate2(2 * x - 1, y)) * 0.003922f) + 3.0f * (cast<float>(dilate2(2 * x, y)) * 0.003922f) + 3.0f * (cast<float>(dilate2(2 * x + 1, y)) * 0.003922f) + (cast<float>(dilate2(2 * x + 2, y)) * 0.003922f)) * 0.125f;
        down3_y(x, y) = (down3_x(x, 2 * y - 1) + 3.0f * down3_x(x, 2 * y) + 3.0f * down3_x(x, 2 * y + 1) + down3_x(x, 2 * y + 2)) * 0.125f;
        cvt4(x, y) = cast<int32_t>(down3_y(x, y) * 1024.0f);
        pad5(x, y) = BoundaryConditions::mirror_image(cvt4, {{0, 320}, {0, 640}})(x, y);
        up6_x(x, y) = 0.25f * (cast<float>(pad5((x / 2) - 1 + 2 * (x % 2), y)) * 0.000977f) + 0.75f * (cast<float>(pad5(x / 2, y)) * 0.000977f);
        up6_y(x, y) = 0.25f * up6_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up6_x(x, y / 2);
        output(x, y, c) = cast<uint8_t>(clamp((up6_y(x, y) + (cast<float>(in0(x, y, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 1280}, {0, 3}});
        input2.set_estimates({{0, 640}, {0, 1280}});
        output.set_estimates({{0, 640}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            cvt4.compute_at(output, xo).vectorize(x, 8);
            down3_y.compute_at(cvt4, y).vectorize(x, 8);
            down3_x.compute_at(down3_y, y).vectorize(x, 16);
            in1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp52, rp_52)
