// Random pipeline (seed 408): 19 stages over image3d 1024x640x4 uint8 input.
// Steps: boundary, reduction, stencil, cast, histogram, pointwise, all_to_all, downsample, separable, reindex.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp408 : public Generator<Rp408> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_mm6{"w_mm6", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mean1, r_hist4, r_mm6;
    Func in0{"in0"}, mean1{"mean1"}, dilate2{"dilate2"}, cvt3{"cvt3"}, hist4{"hist4"}, pw5{"pw5"};
    Func mm6{"mm6"}, down7_x{"down7_x"}, down7_y{"down7_y"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"}, flip9{"flip9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_mean1 = RDom(0, 640, "r_mean1");
        mean1(x, c) = 0.0f;
        mean1(x, c) += (cast<float>(in0(x, r_mean1.x, c)) * 0.003922f);
        mean1(x, c) = mean1(x, c) * 0.001563f;
        dilate2(x, c) = max(max(mean1(x, c), mean1(x - 1, c)), mean1(x + 1, c));
        cvt3(x, c) = cast<int32_t>(dilate2(x, c) * 1024.0f);
        r_hist4 = RDom(0, 1024, 0, 4, "r_hist4");
        hist4(x) = 0;
        hist4(clamp(cvt3(r_hist4.x, r_hist4.y) + 128, 0, 255)) += 1;
        pw5(x) = min(hist4(x), 100);
        r_mm6 = RDom(0, 256, "r_mm6");
        mm6(x) = 0.0f;
        mm6(x) += (cast<float>(pw5(r_mm6.x)) * 0.000977f) * w_mm6(r_mm6.x, clamp(x, 0, 255));
        down7_x(x, y, c) = ((cast<float>(in0(2 * x - 1, y, c)) * 0.003922f) + 3.0f * (cast<float>(in0(2 * x, y, c)) * 0.003922f) + 3.0f * (cast<float>(in0(2 * x + 1, y, c)) * 0.003922f) + (cast<float>(in0(2 * x + 2, y, c)) * 0.003922f)) * 0.125f;
        down7_y(x, y, c) = (down7_x(x, 2 * y - 1, c) + 3.0f * down7_x(x, 2 * y, c) + 3.0f * down7_x(x, 2 * y + 1, c) + down7_x(x, 2 * y + 2, c)) * 0.125f;
        blur8_x(x, y, c) = (down7_y(x - 1, y, c) + 2.0f * down7_y(x, y, c) + down7_y(x + 1, y, c)) * 0.25f;
        blur8_y(x, y, c) = (blur8_x(x, y - 1, c) + 2.0f * blur8_x(x, y, c) + blur8_x(x, y + 1, c)) * 0.25f;
        flip9(x, y, c) = blur8_y(511 - x, y, c);
        output(x, y, c) = (flip9(x, y, c) + mm6(x / 2)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 640}, {0, 4}});
        w_mm6.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 512}, {0, 320}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            flip9.compute_root().vectorize(x, 8).parallel(c);
            blur8_x.compute_root().vectorize(x, 8).parallel(c);
            mm6.compute_at(output, yo).vectorize(x, 8);
            mm6.update(0).vectorize(x, 8);
            pw5.compute_root().vectorize(x, 8);
            hist4.compute_root().vectorize(x, 8);
            hist4.update(0).unroll(r_hist4.y);
            cvt3.compute_root().vectorize(x, 8).parallel(c);
            dilate2.compute_root().vectorize(x, 8).parallel(c);
            mean1.compute_root().vectorize(x, 16).parallel(c);
            mean1.update(0).vectorize(x, 8).parallel(c);
            mean1.update(1).vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp408, rp_408)
