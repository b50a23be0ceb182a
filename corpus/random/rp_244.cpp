// Random pipeline (seed 244): 20 stages over tensor4d 14x14x8x8 float input.
// Steps: boundary, scan, all_to_all, histogram, pointwise, separable, reduction, conv, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp244 : public Generator<Rp244> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> w_mm2{"w_mm2", 2};
    Input<Buffer<float>> w_conv7{"w_conv7", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_iir1, r_mm2, r_hist3, r_mean6, r_conv7;
    Func in0{"in0"}, iir1{"iir1"}, mm2{"mm2"}, hist3{"hist3"}, pw4{"pw4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, mean6{"mean6"}, conv7{"conv7"}, tr8{"tr8"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c, n);
        r_iir1 = RDom(1, 13, "r_iir1");
        iir1(x, y, c, n) = in0(x, y, c, n);
        iir1(x, r_iir1.x, c, n) = 0.9f * iir1(x, r_iir1.x - 1, c, n) + 0.1f * iir1(x, r_iir1.x, c, n);
        r_mm2 = RDom(0, 14, "r_mm2");
        mm2(x, y, c, n) = 0.0f;
        mm2(x, y, c, n) += iir1(r_mm2.x, y, c, n) * w_mm2(r_mm2.x, clamp(x, 0, 13));
        r_hist3 = RDom(0, 14, 0, 14, 0, 8, 0, 8, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(mm2(r_hist3.x, r_hist3.y, r_hist3.z, r_hist3.w) * 63.0f), 0, 63)) += 1;
        pw4(x) = sqrt(abs((cast<float>(hist3(x)) * 0.000977f)) + 1.0f);
        blur5_x(x, y, c, n) = (in0(x - 1, y, c, n) + 3.0f * in0(x, y, c, n) + 3.0f * in0(x + 1, y, c, n) + in0(x + 2, y, c, n)) * 0.125f;
        blur5_y(x, y, c, n) = (blur5_x(x, y - 1, c, n) + 3.0f * blur5_x(x, y, c, n) + 3.0f * blur5_x(x, y + 1, c, n) + blur5_x(x, y + 2, c, n)) * 0.125f;
        r_mean6 = RDom(0, 14, "r_mean6");
        mean6(x, c, n) = 0.0f;
        mean6(x, c, n) += blur5_y(x, r_mean6.x, c, n);
        mean6(x, c, n) = mean6(x, c, n) * 0.071429f;
        r_conv7 = RDom(0, 3, 0, 3, 0, 8, "r_conv7");
        conv7(x, y, c, n) = 0.0f;
        conv7(x, y, c, n) += mm2(x + r_conv7.x - 1, y + r_conv7.y - 1, r_conv7.z, n) * w_conv7(r_conv7.x, r_conv7.y, r_conv7.z, c);
        tr8(x, y, c, n) = conv7(y, x, c, n);
        output(x, y, c, n) = (tr8(x, y, c, n) + pw4(x * 32 / 7) + mean6(x, c, n)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 8}, {0, 8}});
        w_mm2.set_estimates({{0, 14}, {0, 14}});
        w_conv7.set_estimates({{0, 3}, {0, 3}, {0, 8}, {0, 8}});
        output.set_estimates({{0, 14}, {0, 14}, {0, 8}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            conv7.compute_root().vectorize(x, 8).parallel(n);
            conv7.update(0).vectorize(x, 8).parallel(n);
            mean6.compute_root().vectorize(x, 8).parallel(n);
            mean6.update(0).vectorize(x, 8).parallel(n);
            mean6.update(1).vectorize(x, 8);
            blur5_x.compute_root().vectorize(x, 8).parallel(n);
            pw4.compute_root().vectorize(x, 16);
            hist3.compute_root();
            mm2.compute_root().vectorize(x, 8).parallel(n);
            mm2.update(0).vectorize(x, 8).parallel(n);
            iir1.compute_root().vectorize(x, 8).parallel(n);
            iir1.update(0).vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp244, rp_244)
