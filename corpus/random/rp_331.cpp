// Random pipeline (seed 331): 14 stages over tensor4d 32x32x32x4 float input.
// Steps: boundary, all_to_all, reduction, reduction, transpose, cast, conv, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp331 : public Generator<Rp331> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> w_mix1{"w_mix1", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mix1, r_rmax2, r_mean3, r_conv6;
    Func in0{"in0"}, mix1{"mix1"}, rmax2{"rmax2"}, mean3{"mean3"}, tr4{"tr4"}, cvt5{"cvt5"};
    Func conv6{"conv6"}, tr7{"tr7"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        r_mix1 = RDom(0, 32, "r_mix1");
        mix1(x, y, c, n) = 0.0f;
        mix1(x, y, c, n) += in0(x, y, r_mix1.x, n) * w_mix1(r_mix1.x, clamp(c, 0, 31));
        r_rmax2 = RDom(1, 31, "r_rmax2");
        rmax2(x, y, n) = mix1(x, y, 0, n);
        rmax2(x, y, n) = max(rmax2(x, y, n), mix1(x, y, r_rmax2.x, n));
        r_mean3 = RDom(0, 32, "r_mean3");
        mean3(y, n) = 0.0f;
        mean3(y, n) += rmax2(r_mean3.x, y, n);
        mean3(y, n) = mean3(y, n) * 0.03125f;
        tr4(x, y, c, n) = in0(y, x, c, n);
        cvt5(x, y, c, n) = cast<uint16_t>(clamp(mix1(x, y, c, n) * 65535.0f, 0.0f, 65535.0f));
        r_conv6 = RDom(0, 5, 0, 5, "r_conv6");
        conv6(x, y, n) = 0.0f;
        conv6(x, y, n) += rmax2(x + r_conv6.x - 2, y + r_conv6.y - 2, n) * exp(-cast<float>((r_conv6.x - 2) * (r_conv6.x - 2) + (r_conv6.y - 2) * (r_conv6.y - 2)) * 0.8f);
        tr7(x, y, c, n) = mix1(y, x, c, n);
        output(x, y, c, n) = (tr7(x, y, c, n) + mean3(y, n) + tr4(x, y, c, n) + (cast<float>(cvt5(x, y, c, n)) * 0.000015f) + conv6(x, y, n)) * 0.2f;
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 4}});
        w_mix1.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 32}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            tr7.compute_root().vectorize(x, 8).parallel(n);
            conv6.compute_at(output, y).vectorize(x, 8);
            conv6.update(0).vectorize(x, 8);
            tr4.compute_at(output, c).vectorize(x, 8);
            mean3.compute_root().parallel(n);
            mean3.update(0).vectorize(y, 8);
            mean3.update(1).vectorize(y, 8).parallel(n);
            rmax2.compute_root().vectorize(x, 8).parallel(n);
            rmax2.update(0).vectorize(x, 8).parallel(n);
            mix1.compute_root().vectorize(x, 8).parallel(n);
            mix1.update(0).vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp331, rp_331)
