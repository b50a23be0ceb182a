// Random pipeline (seed 444): 12 stages over tensor3d 56x56x16 uint8 input.
// Steps: boundary, binary, pointwise, conv, conv, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp444 : public Generator<Rp444> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_conv3{"w_conv3", 4};
    Input<Buffer<float>> w_conv4{"w_conv4", 4};
    Input<Buffer<float>> b_conv4{"b_conv4", 1};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv3, r_conv4, r_rmax5;
    Func in0{"in0"}, diff1{"diff1"}, pw2{"pw2"}, conv3{"conv3"}, conv4{"conv4"}, rmax5{"rmax5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        diff1(x, y, c) = absd((cast<float>(in0(x, y, c)) * 0.003922f), (cast<float>(in0(x + 1, y, c)) * 0.003922f));
        pw2(x, y, c) = sin(diff1(x, y, c)) * 0.5f + 0.5f;
        r_conv3 = RDom(0, 1, 0, 1, 0, 16, "r_conv3");
        conv3(x, y, c) = 0.0f;
        conv3(x, y, c) += pw2(x + r_conv3.x, y + r_conv3.y, r_conv3.z) * w_conv3(r_conv3.x, r_conv3.y, r_conv3.z, c);
        r_conv4 = RDom(0, 3, 0, 3, 0, 16, "r_conv4");
        conv4(x, y, c) = b_conv4(c);
        conv4(x, y, c) += conv3(x + r_conv4.x - 1, y + r_conv4.y - 1, r_conv4.z) * w_conv4(r_conv4.x, r_conv4.y, r_conv4.z, c);
        r_rmax5 = RDom(1, 15, "r_rmax5");
        rmax5(x, y) = conv4(x, y, 0);
        rmax5(x, y) = max(rmax5(x, y), conv4(x, y, r_rmax5.x));
        output(x, y) = cast<uint8_t>(clamp(rmax5(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 16}});
        w_conv3.set_estimates({{0, 1}, {0, 1}, {0, 16}, {0, 16}});
        w_conv4.set_estimates({{0, 3}, {0, 3}, {0, 16}, {0, 16}});
        b_conv4.set_estimates({{0, 16}});
        output.set_estimates({{0, 56}, {0, 56}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            rmax5.compute_root().vectorize(x, 8).parallel(y);
            rmax5.update(0).vectorize(x, 8).parallel(y);
            conv4.compute_root().vectorize(x, 8).parallel(c);
            conv4.update(0).vectorize(x, 8).unroll(r_conv4.x).parallel(c);
            conv3.compute_root().vectorize(x, 8).parallel(c);
            conv3.update(0).vectorize(x, 8);
            pw2.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp444, rp_444)
