// Random pipeline (seed 369): 20 stages over tensor4d 14x14x16x8 float input.
// Steps: boundary, boundary, pointwise, activation, cast, transpose, conv, activation, reduction, reindex, all_to_all, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp369 : public Generator<Rp369> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<Buffer<float>> w_conv6{"w_conv6", 4};
    Input<Buffer<float>> w_mix10{"w_mix10", 2};
    Output<Buffer<uint8_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_conv6, r_red8, r_mix10;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, act3{"act3"}, cvt4{"cvt4"}, tr5{"tr5"};
    Func conv6{"conv6"}, relu7{"relu7"}, red8{"red8"}, rev9{"rev9"}, mix10{"mix10"}, warp11{"warp11"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c, n);
        in1(x, y, c, n) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c, n);
        pw2(x, y, c, n) = sqrt(abs(in1(x, y, c, n)) + 1.0f);
        act3(x, y, c, n) = log(1.0f + exp(pw2(x, y, c, n)));
        cvt4(x, y, c, n) = cast<int32_t>(act3(x, y, c, n) * 1024.0f);
        tr5(x, y, c, n) = cvt4(y, x, c, n);
        r_conv6 = RDom(0, 1, 0, 1, 0, 16, "r_conv6");
        conv6(x, y, c, n) = 0.0f;
        conv6(x, y, c, n) += (cast<float>(tr5(x + r_conv6.x, y + r_conv6.y, r_conv6.z, n)) * 0.000977f) * w_conv6(r_conv6.x, r_conv6.y, r_conv6.z, c);
        relu7(x, y, c, n) = max(conv6(x, y, c, n), 0.0f);
        r_red8 = RDom(0, 14, "r_red8");
        red8(x, c, n) = minimum(relu7(x, r_red8.x, c, n));
        rev9(x, y, c, n) = pw2(x, y, 15 - c, n);
        r_mix10 = RDom(0, 16, "r_mix10");
        mix10(x, c, n) = 0.0f;
        mix10(x, c, n) += red8(x, r_mix10.x, n) * w_mix10(r_mix10.x, clamp(c, 0, 15));
        Expr warp11_sx = cast<float>(x) + red8(x, c, n) * 2.0f;
        Expr warp11_ix = clamp(cast<int32_t>(floor(warp11_sx)), 0, 12);
        Expr warp11_fx = clamp(warp11_sx - cast<float>(warp11_ix), 0.0f, 1.0f);
        warp11(x, c, n) = lerp(mix10(warp11_ix, c, n), mix10(warp11_ix + 1, c, n), warp11_fx);
        output(x, y, c, n) = cast<uint8_t>(clamp((warp11(x, c, n) + in0(x, y, c, n) + rev9(x, y, c, n)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 16}, {0, 8}});
        input2.set_estimates({{0, 14}, {0, 14}, {0, 16}, {0, 8}});
        w_conv6.set_estimates({{0, 1}, {0, 1}, {0, 16}, {0, 16}});
        w_mix10.set_estimates({{0, 16}, {0, 16}});
        output.set_estimates({{0, 14}, {0, 14}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mix10.compute_root().vectorize(x, 8).parallel(n);
            mix10.update(0).vectorize(x, 8);
            red8.compute_root().vectorize(x, 8).parallel(n);
            relu7.compute_at(red8, n).vectorize(x, 8);
            conv6.compute_root().vectorize(x, 8).parallel(n);
            conv6.update(0).vectorize(x, 8).parallel(n);
            tr5.compute_root().vectorize(x, 8).parallel(n);
            cvt4.compute_at(tr5, y).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp369, rp_369)
