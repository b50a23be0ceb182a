// Random pipeline (seed 130): 16 stages over image3d 1024x1920x3 uint8 input.
// Steps: boundary, boundary, resample, binary, cast, upsample, gather, boundary, stencil, pointwise, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp130 : public Generator<Rp130> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<Buffer<float>> w_conv10{"w_conv10", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv10;
    Func in0{"in0"}, in1{"in1"}, resize2{"resize2"}, mn3{"mn3"}, cvt4{"cvt4"}, up5{"up5"};
    Func warp6{"warp6"}, pad7{"pad7"}, box8{"box8"}, pw9{"pw9"}, conv10{"conv10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        Expr resize2_sx = (cast<float>(x) + 0.5f) * 0.5f - 0.5f;
        Expr resize2_ix = cast<int32_t>(floor(resize2_sx));
        Expr resize2_fx = resize2_sx - cast<float>(resize2_ix);
        Expr resize2_sy = (cast<float>(y) + 0.5f) * 0.5f - 0.5f;
        Expr resize2_iy = cast<int32_t>(floor(resize2_sy));
        Expr resize2_fy = resize2_sy - cast<float>(resize2_iy);
        resize2(x, y) = lerp(lerp((cast<float>(in1(resize2_ix, resize2_iy)) * 0.003922f), (cast<float>(in1(resize2_ix + 1, resize2_iy)) * 0.003922f), resize2_fx), lerp((cast<float>(in1(resize2_ix, resize2_iy + 1)) * 0.003922f), (cast<float>(in1(resize2_ix + 1, resize2_iy + 1)) * 0.003922f), resize2_fx), resize2_fy);
        mn3(x, y, c) = min((cast<float>(in0(x, y, c)) * 0.003922f), resize2(x * 2, y * 2));
        cvt4(x, y, c) = cast<int32_t>(mn3(x, y, c) * 1024.0f);
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y, c) = lerp(lerp((cast<float>(cvt4(x / 2, y / 2, c)) * 0.000977f), (cast<float>(cvt4(x / 2 + 1, y / 2, c)) * 0.000977f), up5_fx), lerp((cast<float>(cvt4(x / 2, y / 2 + 1, c)) * 0.000977f), (cast<float>(cvt4(x / 2 + 1, y / 2 + 1, c)) * 0.000977f), up5_fx), up5_fy);
        Expr warp6_sx = cast<float>(x) + (cast<float>(in0(x / 2, y / 2, c)) * 0.003922f) * 2.0f;
        Expr warp6_ix = clamp(cast<int32_t>(floor(warp6_sx)), 0, 2046);
        Expr warp6_fx = clamp(warp6_sx - cast<float>(warp6_ix), 0.0f, 1.0f);
        warp6(x, y, c) = lerp(up5(warp6_ix, y, c), up5(warp6_ix + 1, y, c), warp6_fx);
        pad7(x, y, c) = BoundaryConditions::mirror_image(warp6, {{0, 2048}, {0, 3840}, {0, 3}})(x, y, c);
        box8(x, y, c) = (pad7(x - 1, y - 1, c) + pad7(x, y - 1, c) + pad7(x + 1, y - 1, c) + pad7(x - 1, y, c) + pad7(x, y, c) + pad7(x + 1, y, c) + pad7(x - 1, y + 1, c) + pad7(x, y + 1, c) + pad7(x + 1, y + 1, c)) * 0.111111f;
        pw9(x, y, c) = floor(box8(x, y, c) * 8.0f) * 0.125f;
        r_conv10 = RDom(0, 3, 0, 3, "r_conv10");
        conv10(x, y, c) = 0.0f;
        conv10(x, y, c) += pw9(x + r_conv10.x - 1, y + r_conv10.y - 1, c) * w_conv10(r_conv10.x, r_conv10.y);
        output(x, y, c) = cast<uint8_t>(clamp(conv10(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1920}, {0, 3}});
        input2.set_estimates({{0, 1024}, {0, 1920}});
        w_conv10.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 2048}, {0, 3840}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            conv10.compute_root().vectorize(x, 8).parallel(y);
            conv10.update(0).vectorize(x, 8).parallel(y);
            pw9.compute_root().vectorize(x, 8).parallel(y);
            box8.compute_at(pw9, y).vectorize(x, 8);
            pad7.compute_at(box8, c).vectorize(x, 8);
            warp6.compute_at(pad7, c).vectorize(x, 8);
            cvt4.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp130, rp_130)
