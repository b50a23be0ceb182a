// Random pipeline (seed 151): 10 stages over image3d 1280x1024x3 float input.
// Steps: boundary, boundary, binary, conv, activation, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp151 : public Generator<Rp151> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv3;
    Func in0{"in0"}, in1{"in1"}, diff2{"diff2"}, conv3{"conv3"}, relu4{"relu4"}, blend5{"blend5"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        diff2(x, y, c) = absd(in1(x, y, c), in0(x, y, c));
        r_conv3 = RDom(0, 5, 0, 5, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += diff2(x + r_conv3.x - 2, y + r_conv3.y - 2, c) * exp(-cast<float>((r_conv3.x - 2) * (r_conv3.x - 2) + (r_conv3.y - 2) * (r_conv3.y - 2)) * 0.8f);
        relu4(x, y, c) = max(conv3(x, y, c), 0.0f);
        blend5(x, y, c) = lerp(relu4(x, y, c), in1(x, y, c), 0.3f);
        output(x, y, c) = blend5(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});
        output.set_estimates({{0, 1280}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            blend5.compute_at(output, c).vectorize(x, 16);
            relu4.compute_root().vectorize(x, 16).parallel(y);
            conv3.compute_root().vectorize(x, 16).parallel(y);
            conv3.update(0).vectorize(x, 16).parallel(y);
            diff2.compute_root().vectorize(x, 16).parallel(y);
            in1.compute_root().vectorize(x, 16).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp151, rp_151)
