// Random pipeline (seed 287): 13 stages over image3d 2560x1920x3 uint8 input.
// Steps: boundary, reduction, lut, stencil, resample, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp287 : public Generator<Rp287> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mean1, r_hist6;
    Func in0{"in0"}, mean1{"mean1"}, curve2{"curve2"}, lut3{"lut3"}, lap4{"lap4"}, resize5{"resize5"};
    Func hist6{"hist6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        r_mean1 = RDom(0, 1920, "r_mean1");
        mean1(x, c) = 0.0f;
        mean1(x, c) += (cast<float>(in0(x, r_mean1.x, c)) * 0.003922f);
        mean1(x, c) = mean1(x, c) * 0.000521f;
        curve2(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut3(x, c) = curve2(clamp(cast<int32_t>(mean1(x, c) * 255.0f), 0, 255));
        lap4(x, c) = lut3(x - 1, c) + lut3(x + 1, c) - 2.0f * lut3(x, c);
        Expr resize5_sx = (cast<float>(x) + 0.5f) * 2.0f - 0.5f;
        Expr resize5_ix = cast<int32_t>(floor(resize5_sx));
        Expr resize5_fx = resize5_sx - cast<float>(resize5_ix);
        Expr resize5_sy = (cast<float>(y) + 0.5f) * 2.0f - 0.5f;
        Expr resize5_iy = cast<int32_t>(floor(resize5_sy));
        Expr resize5_fy = resize5_sy - cast<float>(resize5_iy);
        resize5(x, y, c) = lerp(lerp((cast<float>(in0(resize5_ix, resize5_iy, c)) * 0.003922f), (cast<float>(in0(resize5_ix + 1, resize5_iy, c)) * 0.003922f), resize5_fx), lerp((cast<float>(in0(resize5_ix, resize5_iy + 1, c)) * 0.003922f), (cast<float>(in0(resize5_ix + 1, resize5_iy + 1, c)) * 0.003922f), resize5_fx), resize5_fy);
        r_hist6 = RDom(0, 1280, 0, 960, 0, 3, "r_hist6");
        hist6(x) = 0;
        hist6(clamp(cast<int32_t>(resize5(r_hist6.x, r_hist6.y, r_hist6.z) * 255.0f), 0, 255)) += 1;
        output(x, c) = cast<uint8_t>(clamp(((cast<float>(hist6(x)) * 0.000977f) + lap4(x * 10, c)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 1920}, {0, 3}});
        output.set_estimates({{0, 256}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(c);
            hist6.compute_root();
            lap4.compute_root().vectorize(x, 8);
            lut3.compute_root().vectorize(x, 8);
            curve2.compute_root().vectorize(x, 16);
            mean1.compute_root().vectorize(x, 8);
            mean1.update(0).vectorize(x, 16);
            mean1.update(1).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp287, rp_287)
