// Random pipeline (seed 485): 8 stages over image2d 768x3072 float input.
// Steps: boundary, conv, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp485 : public Generator<Rp485> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_conv1, r_rmax2;
    Func in0{"in0"}, conv1{"conv1"}, rmax2{"rmax2"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        r_conv1 = RDom(0, 5, 0, 5, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += in0(x + r_conv1.x - 2, y + r_conv1.y - 2) * exp(-cast<float>((r_conv1.x - 2) * (r_conv1.x - 2) + (r_conv1.y - 2) * (r_conv1.y - 2)) * 0.3f);
        r_rmax2 = RDom(1, 3071, "r_rmax2");
        rmax2(x) = conv1(x, 0);
        rmax2(x) = max(rmax2(x), conv1(x, r_rmax2.x));
        output(x) = rmax2(x);
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 3072}});
        output.set_estimates({{0, 768}});

        if (!auto_schedule) {
            output.vectorize(x, 16);
            rmax2.compute_root().vectorize(x, 8);
            rmax2.update(0).vectorize(x, 8);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp485, rp_485)
