// Random pipeline (seed 104): 16 stages over tensor4d 16x16x32x2 int16 input.
// Steps: boundary, lut, stencil, activation, transpose, reduction, activation, transpose, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp104 : public Generator<Rp104> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_red6;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, lap3{"lap3"}, act4{"act4"}, tr5{"tr5"};
    Func red6{"red6"}, act7{"act7"}, tr8{"tr8"}, up9_x{"up9_x"}, up9_y{"up9_y"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_interior(input)(x, y, c, n);
        curve1(x) = cast<float>(x) * 0.003922f * cast<float>(x) * 0.003922f * (3.0f - 2.0f * cast<float>(x) * 0.003922f);
        lut2(x, y, c, n) = curve1(clamp(cast<int32_t>(in0(x, y, c, n)) / 256 + 128, 0, 255));
        lap3(x, y, c, n) = lut2(x - 1, y, c, n) + lut2(x + 1, y, c, n) + lut2(x, y - 1, c, n) + lut2(x, y + 1, c, n) - 4.0f * lut2(x, y, c, n);
        act4(x, y, c, n) = 1.0f / (1.0f + exp(-lap3(x, y, c, n)));
        tr5(x, y, c, n) = act4(y, x, c, n);
        r_red6 = RDom(0, 16, "r_red6");
        red6(x, c, n) = sum(tr5(x, r_red6.x, c, n)) * 0.0625f;
        act7(x, c, n) = 1.0f / (1.0f + exp(-red6(x, c, n)));
        tr8(x, y, c, n) = tr5(y, x, c, n);
        up9_x(x, y, c, n) = 0.25f * tr8((x / 2) - 1 + 2 * (x % 2), y, c, n) + 0.75f * tr8(x / 2, y, c, n);
        up9_y(x, y, c, n) = 0.25f * up9_x(x, (y / 2) - 1 + 2 * (y % 2), c, n) + 0.75f * up9_x(x, y / 2, c, n);
        output(x, y, c, n) = cast<int16_t>(clamp((up9_y(x, y, c, n) + act7(x / 2, c, n)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 2}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            up9_x.compute_root().vectorize(x, 8).parallel(c);
            tr8.compute_root().vectorize(x, 8).parallel(c);
            act7.compute_root().vectorize(x, 8).parallel(c);
            red6.compute_root().vectorize(x, 8).parallel(c);
            tr5.compute_root().vectorize(x, 8).parallel(c);
            act4.compute_at(tr5, c).vectorize(x, 8);
            lut2.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp104, rp_104)
