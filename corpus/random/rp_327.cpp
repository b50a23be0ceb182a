// Random pipeline (seed 327): 20 stages over image2d 2048x640 uint8 input.
// Steps: boundary, pointwise, activation, pointwise, binary, reduction, binary, upsample, gather, pointwise, transpose, binary, slice, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp327 : public Generator<Rp327> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mean5;
    Func in0{"in0"}, pw1{"pw1"}, act2{"act2"}, pw3{"pw3"}, add4{"add4"}, mean5{"mean5"};
    Func blend6{"blend6"}, up7_x{"up7_x"}, up7_y{"up7_y"}, warp8{"warp8"}, pw9{"pw9"}, tr10{"tr10"};
    Func add11{"add11"}, slice12{"slice12"}, mul13{"mul13"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        pw1(x, y) = min(in0(x, y), 100);
        act2(x, y) = 1.0f / (1.0f + exp(-(cast<float>(pw1(x, y)) * 0.003922f)));
        pw3(x, y) = sin(act2(x, y)) * 0.5f + 0.5f;
        add4(x, y) = pw3(x, y) + (cast<float>(in0(x, y)) * 0.003922f);
        r_mean5 = RDom(0, 640, "r_mean5");
        mean5(x) = 0.0f;
        mean5(x) += add4(x, r_mean5.x);
        mean5(x) = mean5(x) * 0.001563f;
        blend6(x, y) = lerp(add4(x, y), mean5(x), 0.3f);
        up7_x(x, y) = 0.25f * blend6((x / 2) - 1 + 2 * (x % 2), y) + 0.75f * blend6(x / 2, y);
        up7_y(x, y) = 0.25f * up7_x(x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * up7_x(x, y / 2);
        Expr warp8_sx = cast<float>(x) + up7_x(x, y / 2) * 8.0f;
        Expr warp8_ix = clamp(cast<int32_t>(floor(warp8_sx)), 0, 4094);
        Expr warp8_fx = clamp(warp8_sx - cast<float>(warp8_ix), 0.0f, 1.0f);
        warp8(x, y) = lerp(up7_y(warp8_ix, y), up7_y(warp8_ix + 1, y), warp8_fx);
        pw9(x, y) = sin(warp8(x, y)) * 0.5f + 0.5f;
        tr10(x, y) = pw9(y, x);
        add11(x, y) = tr10(x, y) + pw3(x * 8 / 5, y * 5 / 32);
        slice12(x) = add11(x, 3678);
        mul13(x, y) = add11(x, y) * slice12(x);
        output(x, y) = cast<uint8_t>(clamp(mul13(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 2048}, {0, 640}});
        output.set_estimates({{0, 1280}, {0, 4096}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            mul13.compute_at(output, yo).vectorize(x, 16);
            slice12.compute_at(mul13, y).vectorize(x, 8);
            tr10.compute_root().vectorize(x, 8).parallel(y);
            pw9.compute_root().vectorize(x, 16).parallel(y);
            warp8.compute_at(pw9, y).vectorize(x, 16);
            blend6.compute_root().vectorize(x, 8).parallel(y);
            mean5.compute_root().vectorize(x, 8);
            mean5.update(0).vectorize(x, 8);
            mean5.update(1).vectorize(x, 16);
            add4.compute_root().vectorize(x, 16).parallel(y);
            pw3.compute_root().vectorize(x, 16).parallel(y);
            act2.compute_root().vectorize(x, 16).parallel(y);
            pw1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp327, rp_327)
