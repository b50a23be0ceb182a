// Random pipeline (seed 476): 13 stages over tensor4d 28x28x64x2 float input.
// Steps: boundary, boundary, binary, transpose, conv, activation, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp476 : public Generator<Rp476> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Input<float> gain{"gain"};
    Input<Buffer<float>> w_dw4{"w_dw4", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_dw4;
    Func in0{"in0"}, in1{"in1"}, mx2{"mx2"}, tr3{"tr3"}, dw4{"dw4"}, relu5{"relu5"};
    Func slice6{"slice6"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::repeat_edge(input2)(x, y, c, n);
        mx2(x, y, c, n) = max(in1(x, y, c, n), in0(x, y, c, n));
        tr3(x, y, c, n) = mx2(y, x, c, n);
        r_dw4 = RDom(0, 3, 0, 3, "r_dw4");
        dw4(x, y, c, n) = 0.0f;
        dw4(x, y, c, n) += tr3(x + r_dw4.x - 1, y + r_dw4.y - 1, c, n) * w_dw4(r_dw4.x, r_dw4.y, c);
        relu5(x, y, c, n) = max(dw4(x, y, c, n), 0.0f);
        slice6(x, y, n) = relu5(x, y, 16, n);
        output(x, y, n) = cast<uint8_t>(clamp(slice6(x, y, n) * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 2}});
        input2.set_estimates({{0, 28}, {0, 28}, {0, 64}, {0, 2}});
        gain.set_estimate(1.0f);
        w_dw4.set_estimates({{0, 3}, {0, 3}, {0, 64}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            slice6.compute_at(output, y).vectorize(x, 8);
            dw4.compute_at(slice6, y).vectorize(x, 8);
            dw4.update(0).vectorize(x, 8).unroll(r_dw4.x);
            tr3.compute_root().vectorize(x, 8).parallel(c);
            mx2.compute_at(tr3, n).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp476, rp_476)
