// Random pipeline (seed 11): 20 stages over tensor3d 16x16x8 uint8 input.
// Steps: boundary, boundary, conv, activation, binary, stencil, slice, all_to_all, boundary, pointwise, pointwise, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp11 : public Generator<Rp11> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<Buffer<float>> w_conv2{"w_conv2", 4};
    Input<Buffer<float>> b_conv2{"b_conv2", 1};
    Input<Buffer<float>> w_mm7{"w_mm7", 2};
    Input<Buffer<float>> w_mix11{"w_mix11", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv2, r_mm7, r_mix11;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, act3{"act3"}, mx4{"mx4"}, lap5{"lap5"};
    Func slice6{"slice6"}, mm7{"mm7"}, pad8{"pad8"}, pw9{"pw9"}, pw10{"pw10"}, mix11{"mix11"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        r_conv2 = RDom(0, 3, 0, 3, 0, 8, "r_conv2");
        conv2(x, y, c) = b_conv2(c);
        conv2(x, y, c) += in1(x + r_conv2.x - 1, y + r_conv2.y - 1, r_conv2.z) * w_conv2(r_conv2.x, r_conv2.y, r_conv2.z, c);
        act3(x, y, c) = max(conv2(x, y, c) - 0.25f, 0.0f);
        mx4(x, y, c) = max(act3(x, y, c), conv2(x, y, c));
        lap5(x, y, c) = mx4(x - 1, y, c) + mx4(x + 1, y, c) + mx4(x, y - 1, c) + mx4(x, y + 1, c) - 4.0f * mx4(x, y, c);
        slice6(x, y) = mx4(x, y, 2);
        r_mm7 = RDom(0, 16, "r_mm7");
        mm7(x, y, c) = 0.0f;
        mm7(x, y, c) += lap5(r_mm7.x, y, c) * w_mm7(r_mm7.x, clamp(x, 0, 15));
        pad8(x, y, c) = BoundaryConditions::constant_exterior(mm7, 0.0f, {{0, 16}, {0, 16}, {0, 8}})(x, y, c);
        pw9(x, y, c) = pow(abs(pad8(x, y, c)) + 0.001f, 0.4545f);
        pw10(x, y, c) = sin(pw9(x, y, c)) * 0.5f + 0.5f;
        r_mix11 = RDom(0, 8, "r_mix11");
        mix11(x, y, c) = 0.0f;
        mix11(x, y, c) += pw10(x, y, r_mix11.x) * w_mix11(r_mix11.x, clamp(c, 0, 7));
        output(x, y, c) = (mix11(x, y, c) + (cast<float>(in0(x, y, c)) * 0.003922f) + slice6(x, y)) * 0.333333f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 8}});
        w_conv2.set_estimates({{0, 3}, {0, 3}, {0, 8}, {0, 8}});
        b_conv2.set_estimates({{0, 8}});
        w_mm7.set_estimates({{0, 16}, {0, 16}});
        w_mix11.set_estimates({{0, 8}, {0, 8}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            mix11.compute_root().vectorize(x, 8).parallel(c);
            mix11.update(0).vectorize(x, 8).parallel(c);
            pw10.compute_root().vectorize(x, 8).parallel(c);
            pw9.compute_at(pw10, c).vectorize(x, 8);
            pad8.compute_root().vectorize(x, 8).parallel(c);
            mm7.compute_root().vectorize(x, 8).parallel(c);
            mm7.update(0).vectorize(x, 8).parallel(c);
            slice6.compute_at(output, y).vectorize(x, 8);
            lap5.compute_root().vectorize(x, 8).parallel(c);
            mx4.compute_root().vectorize(x, 8).parallel(c);
            act3.compute_root().vectorize(x, 8).parallel(c);
            conv2.compute_root().vectorize(x, 8).parallel(c);
            conv2.update(0).vectorize(x, 8);
            in0.compute_at(output, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp11, rp_11)
