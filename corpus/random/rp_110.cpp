// Random pipeline (seed 110): 18 stages over image2d 768x1280 uint8 input.
// Steps: boundary, boundary, transpose, reduction, binary, histogram, reindex, gather, separable, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp110 : public Generator<Rp110> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red3, r_hist5, r_conv9;
    Func in0{"in0"}, in1{"in1"}, tr2{"tr2"}, red3{"red3"}, mx4{"mx4"}, hist5{"hist5"};
    Func flip6{"flip6"}, warp7{"warp7"}, blur8_x{"blur8_x"}, blur8_y{"blur8_y"}, conv9{"conv9"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        tr2(x, y) = in1(y, x);
        r_red3 = RDom(0, 768, "r_red3");
        red3(x) = sum((cast<float>(tr2(x, r_red3.x)) * 0.003922f)) * 0.001302f;
        mx4(x, y) = max((cast<float>(in0(x, y)) * 0.003922f), red3(x * 5 / 3));
        r_hist5 = RDom(0, 768, 0, 1280, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(mx4(r_hist5.x, r_hist5.y) * 255.0f), 0, 255)) += 1;
        flip6(x) = hist5(255 - x);
        Expr warp7_sx = cast<float>(x) + red3(x * 5) * 2.0f;
        Expr warp7_ix = clamp(cast<int32_t>(floor(warp7_sx)), 0, 254);
        Expr warp7_fx = clamp(warp7_sx - cast<float>(warp7_ix), 0.0f, 1.0f);
        warp7(x) = lerp((cast<float>(flip6(warp7_ix)) * 0.000977f), (cast<float>(flip6(warp7_ix + 1)) * 0.000977f), warp7_fx);
        blur8_x(x, y) = (mx4(x - 1, y) + 3.0f * mx4(x, y) + 3.0f * mx4(x + 1, y) + mx4(x + 2, y)) * 0.125f;
        blur8_y(x, y) = (blur8_x(x, y - 1) + 3.0f * blur8_x(x, y) + 3.0f * blur8_x(x, y + 1) + blur8_x(x, y + 2)) * 0.125f;
        r_conv9 = RDom(0, 3, 0, 3, "r_conv9");
        conv9(x, y) = 0.0f;
        conv9(x, y) += blur8_y(x + r_conv9.x - 1, y + r_conv9.y - 1) * exp(-cast<float>((r_conv9.x - 1) * (r_conv9.x - 1) + (r_conv9.y - 1) * (r_conv9.y - 1)) * 0.8f);
        output(x, y) = cast<uint8_t>(clamp((conv9(x, y) + warp7(x / 3)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}});
        input2.set_estimates({{0, 768}, {0, 1280}});
        output.set_estimates({{0, 768}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            conv9.compute_at(output, xo).vectorize(x, 8);
            conv9.update(0).vectorize(x, 16);
            blur8_y.compute_root().vectorize(x, 16).parallel(y);
            blur8_x.compute_root().vectorize(x, 8).parallel(y);
            warp7.compute_root().vectorize(x, 8);
            flip6.compute_root().vectorize(x, 16);
            hist5.compute_root();
            mx4.compute_root().vectorize(x, 8).parallel(y);
            red3.compute_root().vectorize(x, 16);
            tr2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_at(mx4, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp110, rp_110)
