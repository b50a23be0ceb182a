// Random pipeline (seed 459): 19 stages over tensor4d 16x16x32x8 float input.
// Steps: boundary, lut, all_to_all, slice, binary, reduction, binary, scan, lut, all_to_all, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp459 : public Generator<Rp459> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> w_mix3{"w_mix3", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix3, r_mean6, r_iir8, r_mm10;
    Func in0{"in0"}, curve1{"curve1"}, lut2{"lut2"}, mix3{"mix3"}, slice4{"slice4"}, avg5{"avg5"};
    Func mean6{"mean6"}, mul7{"mul7"}, iir8{"iir8"}, lut9{"lut9"}, mm10{"mm10"}, pw11{"pw11"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        curve1(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut2(x, y, c, n) = curve1(clamp(cast<int32_t>(in0(x, y, c, n) * 1023.0f), 0, 1023));
        r_mix3 = RDom(0, 32, "r_mix3");
        mix3(x, y, c, n) = 0.0f;
        mix3(x, y, c, n) += in0(x, y, r_mix3.x, n) * w_mix3(r_mix3.x, clamp(c, 0, 31));
        slice4(x, y, n) = mix3(x, y, 14, n);
        avg5(x, y, c, n) = (lut2(x, y, c, n) + slice4(x, y, n)) * 0.5f;
        r_mean6 = RDom(0, 16, "r_mean6");
        mean6(x, c, n) = 0.0f;
        mean6(x, c, n) += avg5(x, r_mean6.x, c, n);
        mean6(x, c, n) = mean6(x, c, n) * 0.0625f;
        mul7(x, y, c, n) = avg5(x, y, c, n) * mean6(x, c, n);
        r_iir8 = RDom(1, 15, "r_iir8");
        iir8(x, y, c, n) = mul7(x, y, c, n);
        iir8(r_iir8.x, y, c, n) = 0.7f * iir8(r_iir8.x - 1, y, c, n) + 0.3f * iir8(r_iir8.x, y, c, n);
        iir8(15 - r_iir8.x, y, c, n) = 0.7f * iir8(16 - r_iir8.x, y, c, n) + 0.3f * iir8(15 - r_iir8.x, y, c, n);
        lut9(x, y, c, n) = curve1(clamp(cast<int32_t>(iir8(x, y, c, n) * 1023.0f), 0, 1023));
        r_mm10 = RDom(0, 16, "r_mm10");
        mm10(x, y, c, n) = 0.0f;
        mm10(x, y, c, n) += lut9(r_mm10.x, y, c, n) * (cast<float>((r_mm10.x + 2 * x) % 7) * 0.1f - 0.3f);
        pw11(x, y, c, n) = pow(abs(lut9(x, y, c, n)) + 0.001f, 0.4545f);
        output(x, y, c, n) = (pw11(x, y, c, n) + mm10(x, y, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 8}});
        w_mix3.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 32}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            pw11.compute_at(output, n).vectorize(x, 8);
            mm10.compute_root().vectorize(x, 8).parallel(n);
            mm10.update(0).vectorize(x, 8);
            lut9.compute_root().vectorize(x, 8).parallel(n);
            iir8.compute_root().vectorize(x, 8).parallel(n);
            iir8.update(0).vectorize(y, 8);
            iir8.update(1).vectorize(y, 8).parallel(n);
            mul7.compute_root().vectorize(x, 8).parallel(n);
            mean6.compute_root().vectorize(x, 8).parallel(n);
            mean6.update(0).vectorize(x, 8).parallel(n);
            mean6.update(1).vectorize(x, 8).parallel(n);
            avg5.compute_root().vectorize(x, 8).parallel(n);
            slice4.compute_at(avg5, y).vectorize(x, 8);
            mix3.compute_at(slice4, y).vectorize(x, 8);
            mix3.update(0).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp459, rp_459)
