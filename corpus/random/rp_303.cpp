// Random pipeline (seed 303): 15 stages over tensor3d 16x16x8 float input.
// Steps: boundary, reduction, pointwise, scan, pointwise, conv, activation, slice, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp303 : public Generator<Rp303> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> w_conv5{"w_conv5", 4};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_rmax1, r_cumsum3, r_conv5;
    Func in0{"in0"}, rmax1{"rmax1"}, pw2{"pw2"}, cumsum3{"cumsum3"}, pw4{"pw4"}, conv5{"conv5"};
    Func relu6{"relu6"}, slice7{"slice7"}, tr8{"tr8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_rmax1 = RDom(1, 15, "r_rmax1");
        rmax1(x, c) = in0(x, 0, c);
        rmax1(x, c) = max(rmax1(x, c), in0(x, r_rmax1.x, c));
        pw2(x, c) = pow(abs(rmax1(x, c)) + 0.001f, 0.4545f);
        r_cumsum3 = RDom(1, 15, "r_cumsum3");
        cumsum3(x, c) = pw2(x, c);
        cumsum3(r_cumsum3.x, c) = cumsum3(r_cumsum3.x - 1, c) + cumsum3(r_cumsum3.x, c);
        pw4(x, c) = cumsum3(x, c) / (1.0f + abs(cumsum3(x, c)));
        r_conv5 = RDom(0, 3, 0, 3, 0, 8, "r_conv5");
        conv5(x, y, c) = 0.0f;
        conv5(x, y, c) += in0(x + r_conv5.x - 1, y + r_conv5.y - 1, r_conv5.z) * w_conv5(r_conv5.x, r_conv5.y, r_conv5.z, c);
        relu6(x, y, c) = max(conv5(x, y, c), 0.0f);
        slice7(x, y) = relu6(x, y, 7);
        tr8(x, y) = slice7(y, x);
        output(x, y, c) = (tr8(x, y) + pw4(x, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}});
        w_conv5.set_estimates({{0, 3}, {0, 3}, {0, 8}, {0, 8}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            relu6.compute_at(output, y).vectorize(x, 8);
            conv5.compute_at(relu6, y).vectorize(x, 8);
            conv5.update(0).vectorize(x, 8).unroll(r_conv5.x);
            pw4.compute_at(output, y).vectorize(x, 8);
            cumsum3.compute_root().vectorize(x, 8).parallel(c);
            cumsum3.update(0).vectorize(c, 8);
            rmax1.compute_root().vectorize(x, 8).parallel(c);
            rmax1.update(0).vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp303, rp_303)
