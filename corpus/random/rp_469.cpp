// Random pipeline (seed 469): 16 stages over image3d 1024x1280x3 float input.
// Steps: boundary, boundary, pointwise, transpose, stencil, stencil, activation, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp469 : public Generator<Rp469> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, tr3{"tr3"}, lap4{"lap4"}, lap5{"lap5"};
    Func act6{"act6"}, down7_x{"down7_x"}, down7_y{"down7_y"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        in1(x, y, c) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y, c);
        pw2(x, y, c) = log(abs(in0(x, y, c)) + 1.0f) * gain;
        tr3(x, y, c) = pw2(y, x, c);
        lap4(x, y, c) = tr3(x - 1, y, c) + tr3(x + 1, y, c) + tr3(x, y - 1, c) + tr3(x, y + 1, c) - 4.0f * tr3(x, y, c);
        lap5(x, y, c) = pw2(x - 1, y, c) + pw2(x + 1, y, c) + pw2(x, y - 1, c) + pw2(x, y + 1, c) - 4.0f * pw2(x, y, c);
        act6(x, y, c) = clamp(lap4(x, y, c) * 6.0f, 0.0f, 6.0f);
        down7_x(x, y, c) = (act6(2 * x - 1, y, c) + 3.0f * act6(2 * x, y, c) + 3.0f * act6(2 * x + 1, y, c) + act6(2 * x + 2, y, c)) * 0.125f;
        down7_y(x, y, c) = (down7_x(x, 2 * y - 1, c) + 3.0f * down7_x(x, 2 * y, c) + 3.0f * down7_x(x, 2 * y + 1, c) + down7_x(x, 2 * y + 2, c)) * 0.125f;
        output(x, y, c) = (down7_y(x, y, c) + (cast<float>(in1(x * 8 / 5, y * 5 / 2, c)) * 0.003922f) + lap5(x * 8 / 5, y * 5 / 2, c)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 1280}, {0, 3}});
        input2.set_estimates({{0, 1024}, {0, 1280}, {0, 3}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 640}, {0, 512}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            act6.compute_root().vectorize(x, 8).parallel(y);
            lap4.compute_at(act6, y).vectorize(x, 16);
            tr3.compute_root().vectorize(x, 16).parallel(y);
            pw2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_at(output, xo).vectorize(x, 8);
            in0.compute_at(pw2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp469, rp_469)
