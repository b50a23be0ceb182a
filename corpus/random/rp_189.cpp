// Random pipeline (seed 189): 13 stages over image2d 384x1536 float input.
// Steps: boundary, transpose, binary, pointwise, conv, gather, binary, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp189 : public Generator<Rp189> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_conv4, r_red7;
    Func in0{"in0"}, tr1{"tr1"}, mx2{"mx2"}, pw3{"pw3"}, conv4{"conv4"}, warp5{"warp5"};
    Func avg6{"avg6"}, red7{"red7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        tr1(x, y) = in0(y, x);
        mx2(x, y) = max(tr1(x, y), in0(x / 4, y * 4));
        pw3(x, y) = mx2(x, y) / (1.0f + abs(mx2(x, y)));
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += pw3(x + r_conv4.x - 1, y + r_conv4.y - 1) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.8f);
        Expr warp5_sx = cast<float>(x) + pw3(x, y) * 2.0f;
        Expr warp5_ix = clamp(cast<int32_t>(floor(warp5_sx)), 0, 1534);
        Expr warp5_fx = clamp(warp5_sx - cast<float>(warp5_ix), 0.0f, 1.0f);
        warp5(x, y) = lerp(conv4(warp5_ix, y), conv4(warp5_ix + 1, y), warp5_fx);
        avg6(x, y) = (warp5(x, y) + conv4(x, y)) * 0.5f;
        r_red7 = RDom(0, 1536, "r_red7");
        red7(y) = 0.0f;
        red7(y) += avg6(r_red7.x, y);
        output(y) = red7(y);
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1536}});
        output.set_estimates({{0, 384}});

        if (!auto_schedule) {
            output.parallel(y);
            red7.compute_root().parallel(y);
            red7.update(0).vectorize(y, 8);
            avg6.compute_root().vectorize(x, 8).parallel(y);
            conv4.compute_root().vectorize(x, 16).parallel(y);
            conv4.update(0).vectorize(x, 8).unroll(r_conv4.x).parallel(y);
            pw3.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_at(pw3, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp189, rp_189)
