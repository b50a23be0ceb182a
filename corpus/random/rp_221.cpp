// Random pipeline (seed 221): 15 stages over image2d 512x1536 uint16 input.
// Steps: boundary, boundary, conv, activation, histogram, binary, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp221 : public Generator<Rp221> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Input<Buffer<int16_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv2, r_hist4;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, relu3{"relu3"}, hist4{"hist4"}, add5{"add5"};
    Func mn6{"mn6"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += (cast<float>(in0(x + r_conv2.x - 1, y + r_conv2.y - 1)) * 0.000015f) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.5f);
        relu3(x, y) = max(conv2(x, y), 0.0f);
        r_hist4 = RDom(0, 512, 0, 1536, "r_hist4");
        hist4(x) = 0.0f;
        hist4(clamp(cast<int32_t>(relu3(r_hist4.x, r_hist4.y) * 63.0f), 0, 63)) += relu3(r_hist4.x, r_hist4.y);
        add5(x, y) = (cast<float>(in1(x, y)) * 0.000031f) + hist4(x / 8);
        mn6(x, y) = min(relu3(x, y), add5(x, y));
        output(x, y) = mn6(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1536}});
        input2.set_estimates({{0, 512}, {0, 1536}});
        output.set_estimates({{0, 512}, {0, 1536}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            mn6.compute_at(output, xo).vectorize(x, 16);
            hist4.compute_root();
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 16).unroll(r_conv2.x);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp221, rp_221)
