// Random pipeline (seed 318): 12 stages over image3d 1024x1920x3 uint8 input.
// Steps: boundary, resample, resample, conv, activation, resample, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp318 : public Generator<Rp318> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_conv3{"w_conv3", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv3;
    Func in0{"in0"}, resize1{"resize1"}, resize2{"resize2"}, conv3{"conv3"}, act4{"act4"}, resize5{"resize5"};
    Func curve6{"curve6"}, lut7{"lut7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        Expr resize1_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize1_ix = cast<int32_t>(floor(resize1_sx));
        Expr resize1_fx = resize1_sx - cast<float>(resize1_ix);
        Expr resize1_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize1_iy = cast<int32_t>(floor(resize1_sy));
        Expr resize1_fy = resize1_sy - cast<float>(resize1_iy);
        resize1(x, y, c) = lerp(lerp((cast<float>(in0(resize1_ix, resize1_iy, c)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy, c)) * 0.003922f), resize1_fx), lerp((cast<float>(in0(resize1_ix, resize1_iy + 1, c)) * 0.003922f), (cast<float>(in0(resize1_ix + 1, resize1_iy + 1, c)) * 0.003922f), resize1_fx), resize1_fy);
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y, c) = lerp(lerp(resize1(resize2_ix, resize2_iy, c), resize1(resize2_ix + 1, resize2_iy, c), resize2_fx), lerp(resize1(resize2_ix, resize2_iy + 1, c), resize1(resize2_ix + 1, resize2_iy + 1, c), resize2_fx), resize2_fy);
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += resize2(x + r_conv3.x - 1, y + r_conv3.y - 1, c) * w_conv3(r_conv3.x, r_conv3.y);
        act4(x, y, c) = max(conv3(x, y, c) - 0.25f, 0.0f);
        Expr resize5_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_ix = cast<int32_t>(floor(resize5_sx));
        Expr resize5_fx = resize5_sx - cast<float>(resize5_ix);
        Expr resize5_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize5_iy = cast<int32_t>(floor(resize5_sy));
        Expr resize5_fy = resize5_sy - cast<float>(resize5_iy);
        resize5(x, y, c) = lerp(lerp(act4(resize5_ix, resize5_iy, c), act4(resize5_ix + 1, resize5_iy, c), resize5_fx), lerp(act4(resize5_ix, resize5_iy + 1, c), act4(resize5_ix + 1, resize5_iy + 1, c), resize5_fx), resize5_fy);
        curve6(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut7(x, y, c) = curve6(clamp(cast<int32_t>(resize5(x, y, c) * 1023.0f), 0, 1023));
        output(x, y, c) = cast<uint8_t>(clamp(lut7(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1920}, {0, 3}});
        w_conv3.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 2133}, {0, 4000}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            lut7.compute_at(output, y).vectorize(x, 16);
            resize5.compute_root().vectorize(x, 8).parallel(y);
            act4.compute_at(resize5, c).vectorize(x, 8);
            conv3.compute_root().vectorize(x, 16).parallel(y);
            conv3.update(0).vectorize(x, 16).parallel(y);
            resize2.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp318, rp_318)
