// Random pipeline (seed 193): 14 stages over tensor4d 32x32x16x4 float input.
// Steps: boundary, cast, conv, activation, pointwise, all_to_all, binary, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp193 : public Generator<Rp193> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> w_conv2{"w_conv2", 4};
    Input<Buffer<float>> b_conv2{"b_conv2", 1};
    Input<Buffer<float>> w_mm5{"w_mm5", 2};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv2, r_mm5, r_cumsum7;
    Func in0{"in0"}, cvt1{"cvt1"}, conv2{"conv2"}, relu3{"relu3"}, pw4{"pw4"}, mm5{"mm5"};
    Func add6{"add6"}, cumsum7{"cumsum7"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        cvt1(x, y, c, n) = cast<int32_t>(in0(x, y, c, n) * 1024.0f);
        r_conv2 = RDom(0, 3, 0, 3, 0, 16, "r_conv2");
        conv2(x, y, c, n) = b_conv2(c);
        conv2(x, y, c, n) += (cast<float>(cvt1(x + r_conv2.x - 1, y + r_conv2.y - 1, r_conv2.z, n)) * 0.000977f) * w_conv2(r_conv2.x, r_conv2.y, r_conv2.z, c);
        relu3(x, y, c, n) = max(conv2(x, y, c, n), 0.0f);
        pw4(x, y, c, n) = sqrt(abs(relu3(x, y, c, n)) + 1.0f);
        r_mm5 = RDom(0, 32, "r_mm5");
        mm5(x, y, c, n) = 0.0f;
        mm5(x, y, c, n) += pw4(r_mm5.x, y, c, n) * w_mm5(r_mm5.x, clamp(x, 0, 31));
        add6(x, y, c, n) = mm5(x, y, c, n) + conv2(x, y, c, n);
        r_cumsum7 = RDom(1, 31, "r_cumsum7");
        cumsum7(x, y, c, n) = mm5(x, y, c, n);
        cumsum7(r_cumsum7.x, y, c, n) = cumsum7(r_cumsum7.x - 1, y, c, n) + cumsum7(r_cumsum7.x, y, c, n);
        output(x, y, c, n) = (cumsum7(x, y, c, n) + add6(x, y, c, n)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 16}, {0, 4}});
        w_conv2.set_estimates({{0, 3}, {0, 3}, {0, 16}, {0, 16}});
        b_conv2.set_estimates({{0, 16}});
        w_mm5.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 16}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            cumsum7.compute_root().vectorize(x, 8).parallel(n);
            cumsum7.update(0).vectorize(y, 8);
            mm5.compute_root().vectorize(x, 8).parallel(n);
            mm5.update(0).vectorize(x, 8).parallel(n);
            pw4.compute_root().vectorize(x, 8).parallel(n);
            conv2.compute_root().vectorize(x, 8).parallel(n);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x).parallel(n);
            cvt1.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp193, rp_193)
