// Random pipeline (seed 8): 10 stages over image2d 768x384 float input.
// Steps: boundary, conv, activation, binary, slice, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp8 : public Generator<Rp8> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"}, relu2{"relu2"}, blend3{"blend3"}, slice4{"slice4"}, down5{"down5"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_interior(input)(x, y);
        r_conv1 = RDom(0, 5, 0, 5, "r_conv1");
        conv1(x, y) = 0.0f;
        conv1(x, y) += in0(x + r_conv1.x - 2, y + r_conv1.y - 2) * w_conv1(r_conv1.x, r_conv1.y);
        relu2(x, y) = max(conv1(x, y), 0.0f);
        blend3(x, y) = lerp(relu2(x, y), conv1(x, y), 0.3f);
        slice4(y) = blend3(116, y);
        down5(x, y) = (conv1(2 * x, 2 * y) + conv1(2 * x + 1, 2 * y) + conv1(2 * x, 2 * y + 1) + conv1(2 * x + 1, 2 * y + 1)) * 0.25f;
        output(x, y) = (down5(x, y) + slice4(y * 2)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 384}});
        w_conv1.set_estimates({{0, 5}, {0, 5}});
        output.set_estimates({{0, 384}, {0, 192}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            down5.compute_root().vectorize(x, 8).parallel(y);
            slice4.compute_at(output, yo);
            relu2.compute_at(slice4, y).vectorize(x, 8);
            conv1.compute_root().vectorize(x, 16).parallel(y);
            conv1.update(0).vectorize(x, 8).unroll(r_conv1.x).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp8, rp_8)
