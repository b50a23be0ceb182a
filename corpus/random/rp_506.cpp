// Random pipeline (seed 506): 12 stages over tensor3d 28x28x24 int16 input.
// Steps: boundary, boundary, reduction, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp506 : public Generator<Rp506> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_rmax2, r_conv3;
    Func in0{"in0"}, in1{"in1"}, rmax2{"rmax2"}, conv3{"conv3"}, act4{"act4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        r_rmax2 = RDom(1, 27, "r_rmax2");
        rmax2(y) = in1(0, y);
        rmax2(y) = max(rmax2(y), in1(r_rmax2.x, y));
        r_conv3 = RDom(0, 3, 0, 3, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += (cast<float>(in0(x + r_conv3.x - 1, y + r_conv3.y - 1, c)) * 0.000031f) * exp(-cast<float>((r_conv3.x - 1) * (r_conv3.x - 1) + (r_conv3.y - 1) * (r_conv3.y - 1)) * 0.8f);
        act4(x, y, c) = 1.0f / (1.0f + exp(-conv3(x, y, c)));
        output(x, y, c) = (act4(x, y, c) + (cast<float>(rmax2(y)) * 0.000031f)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 24}});
        input2.set_estimates({{0, 28}, {0, 28}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 24}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            conv3.compute_root().vectorize(x, 8).parallel(c);
            conv3.update(0).vectorize(x, 8).unroll(r_conv3.x).parallel(c);
            rmax2.compute_root().parallel(y);
            rmax2.update(0).vectorize(y, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp506, rp_506)
