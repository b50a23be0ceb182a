// Random pipeline (seed 530): 20 stages over image3d 384x768x4 uint16 input.
// Steps: boundary, boundary, lut, separable, binary, separable, stencil, gather, lut, stencil, resample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp530 : public Generator<Rp530> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, curve2{"curve2"}, lut3{"lut3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func mn5{"mn5"}, blur6_x{"blur6_x"}, blur6_y{"blur6_y"}, dilate7{"dilate7"}, warp8{"warp8"}, lut9{"lut9"};
    Func box10{"box10"}, resize11{"resize11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint16_t>(0))(x, y);
        curve2(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut3(x, y) = curve2(clamp(cast<int32_t>(in1(x, y)) / 256, 0, 255));
        blur4_x(x, y) = (lut3(x - 1, y) + 2.0f * lut3(x, y) + lut3(x + 1, y)) * 0.25f;
        blur4_y(x, y) = (blur4_x(x, y - 1) + 2.0f * blur4_x(x, y) + blur4_x(x, y + 1)) * 0.25f;
        mn5(x, y, c) = min((cast<float>(in0(x, y, c)) * 0.000015f), blur4_y(x, y));
        blur6_x(x, y, c) = (mn5(x - 1, y, c) + 3.0f * mn5(x, y, c) + 3.0f * mn5(x + 1, y, c) + mn5(x + 2, y, c)) * 0.125f;
        blur6_y(x, y, c) = (blur6_x(x, y - 1, c) + 3.0f * blur6_x(x, y, c) + 3.0f * blur6_x(x, y + 1, c) + blur6_x(x, y + 2, c)) * 0.125f;
        dilate7(x, y, c) = max(max(max(max(blur6_y(x, y, c), blur6_y(x - 1, y, c)), blur6_y(x + 1, y, c)), blur6_y(x, y - 1, c)), blur6_y(x, y + 1, c));
        Expr warp8_sx = cast<float>(x) + blur6_y(x, y, c) * 8.0f;
        Expr warp8_ix = clamp(cast<int32_t>(floor(warp8_sx)), 0, 382);
        Expr warp8_fx = clamp(warp8_sx - cast<float>(warp8_ix), 0.0f, 1.0f);
        Expr warp8_iy = clamp(cast<int32_t>(floor(cast<float>(y) - blur6_y(x, y, c) * 8.0f)), 0, 767);
        warp8(x, y, c) = lerp(dilate7(warp8_ix, warp8_iy, c), dilate7(warp8_ix + 1, warp8_iy, c), warp8_fx);
        lut9(x, y, c) = curve2(clamp(cast<int32_t>(warp8(x, y, c) * 255.0f), 0, 255));
        box10(x, y, c) = (lut9(x - 1, y - 1, c) + lut9(x, y - 1, c) + lut9(x + 1, y - 1, c) + lut9(x - 1, y, c) + lut9(x, y, c) + lut9(x + 1, y, c) + lut9(x - 1, y + 1, c) + lut9(x, y + 1, c) + lut9(x + 1, y + 1, c)) * 0.111111f;
        Expr resize11_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize11_ix = cast<int32_t>(floor(resize11_sx));
        Expr resize11_fx = resize11_sx - cast<float>(resize11_ix);
        Expr resize11_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize11_iy = cast<int32_t>(floor(resize11_sy));
        Expr resize11_fy = resize11_sy - cast<float>(resize11_iy);
        resize11(x, y, c) = lerp(lerp(box10(resize11_ix, resize11_iy, c), box10(resize11_ix + 1, resize11_iy, c), resize11_fx), lerp(box10(resize11_ix, resize11_iy + 1, c), box10(resize11_ix + 1, resize11_iy + 1, c), resize11_fx), resize11_fy);
        output(x, y, c) = cast<uint16_t>(clamp(resize11(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 768}, {0, 4}});
        input2.set_estimates({{0, 384}, {0, 768}});
        output.set_estimates({{0, 512}, {0, 1024}, {0, 4}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 4)
                .parallel(yo)
                .vectorize(x, 8);
            resize11.compute_at(output, yo).vectorize(x, 16);
            box10.compute_at(resize11, c).vectorize(x, 8);
            lut9.compute_at(box10, y).vectorize(x, 16);
            mn5.compute_root().vectorize(x, 8).parallel(c);
            blur4_y.compute_at(mn5, y).vectorize(x, 8);
            lut3.compute_at(blur4_y, y).vectorize(x, 16);
            curve2.compute_root().vectorize(x, 16);
            in1.compute_at(lut3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp530, rp_530)
