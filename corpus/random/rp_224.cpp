// Random pipeline (seed 224): 14 stages over image3d 512x384x3 uint8 input.
// Steps: boundary, all_to_all, cast, upsample, binary, transpose, downsample, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp224 : public Generator<Rp224> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_mix1{"w_mix1", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mix1;
    Func in0{"in0"}, mix1{"mix1"}, cvt2{"cvt2"}, up3{"up3"}, mx4{"mx4"}, tr5{"tr5"};
    Func down6_x{"down6_x"}, down6_y{"down6_y"}, curve7{"curve7"}, lut8{"lut8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_mix1 = RDom(0, 3, "r_mix1");
        mix1(x, y, c) = 0.0f;
        mix1(x, y, c) += (cast<float>(in0(x, y, r_mix1.x)) * 0.003922f) * w_mix1(r_mix1.x, clamp(c, 0, 2));
        cvt2(x, y, c) = cast<int32_t>(mix1(x, y, c) * 1024.0f);
        Expr up3_fx = cast<float>(x % 2) * 0.5f;
        Expr up3_fy = cast<float>(y % 2) * 0.5f;
        up3(x, y, c) = lerp(lerp((cast<float>(cvt2(x / 2, y / 2, c)) * 0.000977f), (cast<float>(cvt2(x / 2 + 1, y / 2, c)) * 0.000977f), up3_fx), lerp((cast<float>(cvt2(x / 2, y / 2 + 1, c)) * 0.000977f), (cast<float>(cvt2(x / 2 + 1, y / 2 + 1, c)) * 0.000977f), up3_fx), up3_fy);
        mx4(x, y, c) = max(up3(x, y, c), (cast<float>(cvt2(x / 2, y / 2, c)) * 0.000977f));
        tr5(x, y, c) = mx4(y, x, c);
        down6_x(x, y, c) = (tr5(2 * x - 1, y, c) + 3.0f * tr5(2 * x, y, c) + 3.0f * tr5(2 * x + 1, y, c) + tr5(2 * x + 2, y, c)) * 0.125f;
        down6_y(x, y, c) = (down6_x(x, 2 * y - 1, c) + 3.0f * down6_x(x, 2 * y, c) + 3.0f * down6_x(x, 2 * y + 1, c) + down6_x(x, 2 * y + 2, c)) * 0.125f;
        curve7(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.003922f);
        lut8(x, y, c) = curve7(clamp(cast<int32_t>(down6_y(x, y, c) * 255.0f), 0, 255));
        output(x, y, c) = cast<uint8_t>(clamp(lut8(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 384}, {0, 3}});
        w_mix1.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 384}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            lut8.compute_at(output, c).vectorize(x, 8);
            curve7.compute_root().vectorize(x, 16);
            down6_y.compute_at(lut8, y).vectorize(x, 16);
            down6_x.compute_at(down6_y, y).vectorize(x, 16);
            tr5.compute_root().vectorize(x, 8).parallel(y);
            mx4.compute_at(tr5, y).vectorize(x, 16);
            up3.compute_at(mx4, c).vectorize(x, 8);
            mix1.compute_root().vectorize(x, 16).parallel(y);
            mix1.update(0).vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp224, rp_224)
