// Random pipeline (seed 28): 18 stages over image2d 256x256 int16 input.
// Steps: boundary, reduction, reindex, transpose, separable, upsample, scan, binary, separable, activation, activation, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp28 : public Generator<Rp28> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_rmax1, r_cumsum6, r_hist11;
    Func in0{"in0"}, rmax1{"rmax1"}, shift2{"shift2"}, tr3{"tr3"}, blur4_x{"blur4_x"}, blur4_y{"blur4_y"};
    Func up5{"up5"}, cumsum6{"cumsum6"}, mn7{"mn7"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"}, act9{"act9"};
    Func act10{"act10"}, hist11{"hist11"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        r_rmax1 = RDom(1, 255, "r_rmax1");
        rmax1(x) = in0(x, 0);
        rmax1(x) = max(rmax1(x), in0(x, r_rmax1.x));
        shift2(x, y) = in0(x + 3, y - 1);
        tr3(x, y) = shift2(y, x);
        blur4_x(x, y) = cast<int32_t>(tr3(x - 1, y)) + cast<int32_t>(tr3(x, y)) + cast<int32_t>(tr3(x + 1, y));
        blur4_y(x, y) = cast<int16_t>((blur4_x(x, y - 1) + blur4_x(x, y) + blur4_x(x, y + 1)) / 9);
        Expr up5_fx = cast<float>(x % 2) * 0.5f;
        Expr up5_fy = cast<float>(y % 2) * 0.5f;
        up5(x, y) = lerp(lerp((cast<float>(blur4_y(x / 2, y / 2)) * 0.000031f), (cast<float>(blur4_y(x / 2 + 1, y / 2)) * 0.000031f), up5_fx), lerp((cast<float>(blur4_y(x / 2, y / 2 + 1)) * 0.000031f), (cast<float>(blur4_y(x / 2 + 1, y / 2 + 1)) * 0.000031f), up5_fx), up5_fy);
        r_cumsum6 = RDom(1, 255, "r_cumsum6");
        cumsum6(x) = cast<int32_t>(rmax1(x));
        cumsum6(r_cumsum6.x) = cumsum6(r_cumsum6.x - 1) + cumsum6(r_cumsum6.x);
        mn7(x, y) = min(up5(x, y), (cast<float>(cumsum6(x / 2)) * 0.000977f));
        blur8_x(x, y) = (mn7(x - 1, y) + mn7(x, y) + mn7(x + 1, y)) * 0.333333f;
        blur8_y(x, y) = (blur8_x(x, y - 1) + blur8_x(x, y) + blur8_x(x, y + 1)) * 0.333333f;
        act9(x, y) = max(blur8_y(x, y) - 0.25f, 0.0f);
        act10(x, y) = clamp(act9(x, y) * 6.0f, 0.0f, 6.0f);
        r_hist11 = RDom(0, 512, 0, 512, "r_hist11");
        hist11(x) = 0;
        hist11(clamp(cast<int32_t>(act10(r_hist11.x, r_hist11.y) * 255.0f), 0, 255)) += 1;
        output(x) = cast<uint8_t>(clamp((cast<float>(hist11(x)) * 0.000977f) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 256}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            hist11.compute_root();
            act10.compute_root().vectorize(x, 8).parallel(y);
            act9.compute_root().vectorize(x, 8).parallel(y);
            blur8_y.compute_at(act9, y).vectorize(x, 16);
            blur8_x.compute_root().vectorize(x, 16).parallel(y);
            mn7.compute_at(blur8_x, y).vectorize(x, 8);
            cumsum6.compute_root();
            blur4_x.compute_at(mn7, y).vectorize(x, 8);
            tr3.compute_at(blur4_x, y).vectorize(x, 16);
            shift2.compute_at(tr3, y).vectorize(x, 16);
            rmax1.compute_root().vectorize(x, 16);
            rmax1.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp28, rp_28)
