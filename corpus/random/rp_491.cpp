// Random pipeline (seed 491): 13 stages over tensor4d 16x16x16x2 float input.
// Steps: boundary, boundary, reduction, binary, conv, gather.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp491 : public Generator<Rp491> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_red2, r_conv4;
    Func in0{"in0"}, in1{"in1"}, red2{"red2"}, mn3{"mn3"}, conv4{"conv4"}, warp5{"warp5"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_interior(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        r_red2 = RDom(0, 16, "r_red2");
        red2(y, c, n) = 0.0f;
        red2(y, c, n) += in1(r_red2.x, y, c, n);
        mn3(x, y, c, n) = min(in0(x, y, c, n), red2(y, c, n));
        r_conv4 = RDom(0, 5, 0, 5, "r_conv4");
        conv4(x, y, c, n) = 0.0f;
        conv4(x, y, c, n) += mn3(x + r_conv4.x - 2, y + r_conv4.y - 2, c, n) * exp(-cast<float>((r_conv4.x - 2) * (r_conv4.x - 2) + (r_conv4.y - 2) * (r_conv4.y - 2)) * 0.5f);
        Expr warp5_sx = cast<float>(x) + in0(x, y, c, n) * 2.0f;
        Expr warp5_ix = clamp(cast<int32_t>(floor(warp5_sx)), 0, 14);
        Expr warp5_fx = clamp(warp5_sx - cast<float>(warp5_ix), 0.0f, 1.0f);
        warp5(x, y, c, n) = lerp(conv4(warp5_ix, y, c, n), conv4(warp5_ix + 1, y, c, n), warp5_fx);
        output(x, y, c, n) = warp5(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 2}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 2}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 16}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            warp5.compute_at(output, n).vectorize(x, 8);
            conv4.compute_root().vectorize(x, 8).parallel(c);
            conv4.update(0).vectorize(x, 8).parallel(c);
            red2.compute_root().parallel(c);
            red2.update(0).vectorize(y, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp491, rp_491)
