// Random pipeline (seed 416): 11 stages over tensor4d 28x28x32x4 int16 input.
// Steps: boundary, separable, stencil, slice, transpose, binary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp416 : public Generator<Rp416> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Output<Buffer<int16_t>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    Func in0{"in0"}, blur1_x{"blur1_x"}, blur1_y{"blur1_y"}, box2{"box2"}, slice3{"slice3"}, tr4{"tr4"};
    Func mn5{"mn5"}, pw6{"pw6"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::mirror_image(input)(x, y, c, n);
        blur1_x(x, y, c, n) = cast<int32_t>(in0(x - 1, y, c, n)) + cast<int32_t>(in0(x, y, c, n)) + cast<int32_t>(in0(x + 1, y, c, n));
        blur1_y(x, y, c, n) = cast<int16_t>((blur1_x(x, y - 1, c, n) + blur1_x(x, y, c, n) + blur1_x(x, y + 1, c, n)) / 9);
        box2(x, y, c, n) = ((cast<float>(blur1_x(x - 1, y - 1, c, n)) * 0.000977f) + (cast<float>(blur1_x(x, y - 1, c, n)) * 0.000977f) + (cast<float>(blur1_x(x + 1, y - 1, c, n)) * 0.000977f) + (cast<float>(blur1_x(x - 1, y, c, n)) * 0.000977f) + (cast<float>(blur1_x(x, y, c, n)) * 0.000977f) + (cast<float>(blur1_x(x + 1, y, c, n)) * 0.000977f) + (cast<float>(blur1_x(x - 1, y + 1, c, n)) * 0.000977f) + (cast<float>(blur1_x(x, y + 1, c, n)) * 0.000977f) + (cast<float>(blur1_x(x + 1, y + 1, c, n)) * 0.000977f)) * 0.111111f;
        slice3(y, c, n) = box2(4, y, c, n);
        tr4(x, y, c, n) = blur1_y(y, x, c, n);
        mn5(x, y, c, n) = min((cast<float>(tr4(x, y, c, n)) * 0.000031f), slice3(y, c, n));
        pw6(x, y, c, n) = pow(abs(mn5(x, y, c, n)) + 0.001f, 0.4545f);
        output(x, y, c, n) = cast<int16_t>(clamp(pw6(x, y, c, n) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 4}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 4}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            mn5.compute_root().vectorize(x, 8).parallel(n);
            tr4.compute_root().vectorize(x, 8).parallel(n);
            blur1_y.compute_at(tr4, c).vectorize(x, 8);
            blur1_x.compute_root().vectorize(x, 8).parallel(n);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp416, rp_416)
