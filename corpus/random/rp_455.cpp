// Random pipeline (seed 455): 19 stages over tensor4d 56x56x8x4 uint8 input.
// Steps: boundary, boundary, stencil, stencil, binary, pointwise, upsample, boundary, all_to_all, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp455 : public Generator<Rp455> {
public:
    Input<Buffer<uint8_t>> input{"input", 4};
    Input<Buffer<uint8_t>> input2{"input2", 4};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"}, t{"t"};
    RDom r_mm8;
    Func in0{"in0"}, in1{"in1"}, grad2{"grad2"}, lap3{"lap3"}, mul4{"mul4"}, pw5{"pw5"};
    Func up6_x{"up6_x"}, up6_y{"up6_y"}, pad7{"pad7"}, mm8{"mm8"}, cvt9{"cvt9"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::repeat_image(input2)(x, y, c, n);
        grad2(x, y, c, n) = sqrt(((cast<float>(in1(x + 1, y, c, n)) * 0.003922f) - (cast<float>(in1(x - 1, y, c, n)) * 0.003922f)) * ((cast<float>(in1(x + 1, y, c, n)) * 0.003922f) - (cast<float>(in1(x - 1, y, c, n)) * 0.003922f)) + ((cast<float>(in1(x, y + 1, c, n)) * 0.003922f) - (cast<float>(in1(x, y - 1, c, n)) * 0.003922f)) * ((cast<float>(in1(x, y + 1, c, n)) * 0.003922f) - (cast<float>(in1(x, y - 1, c, n)) * 0.003922f)));
        lap3(x, y, c, n) = grad2(x - 1, y, c, n) + grad2(x + 1, y, c, n) + grad2(x, y - 1, c, n) + grad2(x, y + 1, c, n) - 4.0f * grad2(x, y, c, n);
        mul4(x, y, c, n) = lap3(x, y, c, n) * (cast<float>(in0(x, y, c, n)) * 0.003922f);
        pw5(x, y, c, n) = tanh(mul4(x, y, c, n));
        up6_x(x, y, c, n) = 0.25f * (cast<float>(in0((x / 2) - 1 + 2 * (x % 2), y, c, n)) * 0.003922f) + 0.75f * (cast<float>(in0(x / 2, y, c, n)) * 0.003922f);
        up6_y(x, y, c, n) = 0.25f * up6_x(x, (y / 2) - 1 + 2 * (y % 2), c, n) + 0.75f * up6_x(x, y / 2, c, n);
        pad7(x, y, c, n) = BoundaryConditions::mirror_interior(up6_y, {{0, 112}, {0, 112}, {0, 8}, {0, 4}})(x, y, c, n);
        r_mm8 = RDom(0, 112, "r_mm8");
        mm8(x, y, c, n) = 0.0f;
        mm8(x, y, c, n) += pad7(r_mm8.x, y, c, n) * (cast<float>((r_mm8.x + 2 * x) % 7) * 0.1f - 0.3f);
        cvt9(x, y, c, n) = cast<int16_t>(clamp(mm8(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
        output(x, y, c, n) = cast<uint8_t>(clamp(((cast<float>(cvt9(x, y, c, n)) * 0.000031f) + pw5(x / 2, y / 2, c, n)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 4}});
        input2.set_estimates({{0, 56}, {0, 56}, {0, 8}, {0, 4}});
        output.set_estimates({{0, 112}, {0, 112}, {0, 8}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .fuse(c, n, t)
                .parallel(t);
            cvt9.compute_at(output, xo).vectorize(x, 8);
            mm8.compute_root().vectorize(x, 16).parallel(n);
            mm8.update(0).vectorize(x, 16).parallel(n);
            mul4.compute_at(output, t).vectorize(x, 8);
            lap3.compute_at(mul4, y).vectorize(x, 8);
            grad2.compute_root().vectorize(x, 8).parallel(n);
            in1.compute_at(grad2, c).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp455, rp_455)
