// Random pipeline (seed 531): 13 stages over image3d 1024x2560x3 uint16 input.
// Steps: boundary, separable, pointwise, reindex, transpose, slice, upsample, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp531 : public Generator<Rp531> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, pw2{"pw2"}, rev3{"rev3"}, tr4{"tr4"};
    Func slice5{"slice5"}, up6_x{"up6_x"}, up6_y{"up6_y"}, down7{"down7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        blur1_x(x, y, c) = cast<int32_t>(in0(x - 1, y, c)) + cast<int32_t>(in0(x, y, c)) + cast<int32_t>(in0(x + 1, y, c));
        blur1_y(x, y, c) = cast<uint16_t>((blur1_x(x, y - 1, c) + blur1_x(x, y, c) + blur1_x(x, y + 1, c)) / 9);
        pw2(x, y, c) = sqrt(abs((cast<float>(blur1_y(x, y, c)) * 0.000015f)) + 1.0f);
        rev3(x, y, c) = pw2(x, y, 2 - c);
        tr4(x, y, c) = rev3(y, x, c);
        slice5(x, c) = tr4(x, 402, c);
        up6_x(x, y, c) = 0.25f * tr4((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * tr4(x / 2, y, c);
        up6_y(x, y, c) = 0.25f * up6_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up6_x(x, y / 2, c);
        down7(x, y, c) = (up6_y(2 * x, 2 * y, c) + up6_y(2 * x + 1, 2 * y, c) + up6_y(2 * x, 2 * y + 1, c) + up6_y(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        output(x, y, c) = cast<uint16_t>(clamp((down7(x, y, c) + slice5(x, c)) * 0.5f * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 2560}, {0, 3}});
        output.set_estimates({{0, 2560}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            down7.compute_root().vectorize(x, 16).parallel(y);
            up6_y.compute_root().vectorize(x, 8).parallel(y);
            up6_x.compute_at(up6_y, y).vectorize(x, 16);
            slice5.compute_at(output, y).vectorize(x, 16);
            tr4.compute_root().vectorize(x, 16).parallel(y);
            pw2.compute_root().vectorize(x, 16).parallel(y);
            blur1_y.compute_root().vectorize(x, 8).parallel(y);
            blur1_x.compute_at(blur1_y, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp531, rp_531)
