// Random pipeline (seed 97): 13 stages over image3d 2560x640x3 float input.
// Steps: boundary, boundary, pointwise, resample, conv, transpose, binary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp97 : public Generator<Rp97> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_conv4;
    Func in0{"in0"}, pad1{"pad1"}, pw2{"pw2"}, resize3{"resize3"}, conv4{"conv4"}, tr5{"tr5"};
    Func mn6{"mn6"}, up7{"up7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        pad1(x, y, c) = BoundaryConditions::mirror_interior(in0, {{0, 2560}, {0, 640}, {0, 3}})(x, y, c);
        pw2(x, y, c) = pad1(x, y, c) / (1.0f + abs(pad1(x, y, c)));
        Expr resize3_sx = (cast<float>(x) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_ix = cast<int32_t>(floor(resize3_sx));
        Expr resize3_fx = resize3_sx - cast<float>(resize3_ix);
        Expr resize3_sy = (cast<float>(y) + 0.5f) * 0.75f - 0.5f;
        Expr resize3_iy = cast<int32_t>(floor(resize3_sy));
        Expr resize3_fy = resize3_sy - cast<float>(resize3_iy);
        resize3(x, y, c) = lerp(lerp(pw2(resize3_ix, resize3_iy, c), pw2(resize3_ix + 1, resize3_iy, c), resize3_fx), lerp(pw2(resize3_ix, resize3_iy + 1, c), pw2(resize3_ix + 1, resize3_iy + 1, c), resize3_fx), resize3_fy);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += resize3(x + r_conv4.x - 1, y + r_conv4.y - 1, c) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.3f);
        tr5(x, y, c) = conv4(y, x, c);
        mn6(x, y, c) = min(tr5(x, y, c), conv4(x * 3413 / 853, y * 853 / 3413, c));
        Expr up7_fx = cast<float>(x % 2) * 0.5f;
        Expr up7_fy = cast<float>(y % 2) * 0.5f;
        up7(x, y, c) = lerp(lerp(tr5(x / 2, y / 2, c), tr5(x / 2 + 1, y / 2, c), up7_fx), lerp(tr5(x / 2, y / 2 + 1, c), tr5(x / 2 + 1, y / 2 + 1, c), up7_fx), up7_fy);
        output(x, y, c) = (up7(x, y, c) + mn6(x / 2, y / 2, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 2560}, {0, 640}, {0, 3}});
        output.set_estimates({{0, 1706}, {0, 6826}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 8);
            up7.compute_root().vectorize(x, 16).parallel(y);
            tr5.compute_root().vectorize(x, 8).parallel(y);
            conv4.compute_root().vectorize(x, 8).parallel(y);
            conv4.update(0).vectorize(x, 16);
            resize3.compute_root().vectorize(x, 8).parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            pad1.compute_at(pw2, y).vectorize(x, 8);
            in0.compute_at(pad1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp97, rp_97)
