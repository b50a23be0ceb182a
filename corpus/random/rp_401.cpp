// Random pipeline (seed 401): 10 stages over tensor3d 128x128x64 float input.
// Steps: boundary, activation, binary, scan, conv.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp401 : public Generator<Rp401> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> w_conv4{"w_conv4", 4};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir3, r_conv4;
    Func in0{"in0"}, act1{"act1"}, diff2{"diff2"}, iir3{"iir3"}, conv4{"conv4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        act1(x, y, c) = clamp(in0(x, y, c) * 6.0f, 0.0f, 6.0f);
        diff2(x, y, c) = absd(act1(x, y, c), in0(x, y, c));
        r_iir3 = RDom(1, 127, "r_iir3");
        iir3(x, y, c) = diff2(x, y, c);
        iir3(x, r_iir3.x, c) = 0.8f * iir3(x, r_iir3.x - 1, c) + 0.2f * iir3(x, r_iir3.x, c);
        r_conv4 = RDom(0, 3, 0, 3, 0, 64, "r_conv4");
        conv4(x, y, c) = 0.0f;
        conv4(x, y, c) += iir3(x + r_conv4.x - 1, y + r_conv4.y - 1, r_conv4.z) * w_conv4(r_conv4.x, r_conv4.y, r_conv4.z, c);
        output(x, y, c) = conv4(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 64}});
        w_conv4.set_estimates({{0, 3}, {0, 3}, {0, 64}, {0, 64}});
        output.set_estimates({{0, 128}, {0, 128}, {0, 64}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            conv4.compute_at(output, c).vectorize(x, 16);
            conv4.update(0).vectorize(x, 8);
            iir3.compute_root().vectorize(x, 8).parallel(c);
            iir3.update(0).vectorize(x, 16).parallel(c);
            act1.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp401, rp_401)
