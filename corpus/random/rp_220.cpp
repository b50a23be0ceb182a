// Random pipeline (seed 220): 20 stages over tensor3d 28x28x64 int16 input.
// Steps: boundary, boundary, reduction, reduction, pointwise, reduction, activation, pointwise, boundary, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp220 : public Generator<Rp220> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_red2, r_red3, r_red5;
    Func in0{"in0"}, in1{"in1"}, red2{"red2"}, red3{"red3"}, pw4{"pw4"}, red5{"red5"};
    Func act6{"act6"}, pw7{"pw7"}, pad8{"pad8"}, act9{"act9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<int16_t>(0))(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        r_red2 = RDom(0, 28, "r_red2");
        red2(x) = 0.0f;
        red2(x) += in1(x, r_red2.x);
        r_red3 = RDom(0, 64, "r_red3");
        red3(x, y) = 0.0f;
        red3(x, y) += (cast<float>(in0(x, y, r_red3.x)) * 0.000031f);
        pw4(x, y) = sin(red3(x, y)) * 0.5f + 0.5f;
        r_red5 = RDom(0, 28, "r_red5");
        red5(y) = 0.0f;
        red5(y) += pw4(r_red5.x, y);
        act6(y) = max(red5(y) - 0.25f, 0.0f);
        pw7(y) = pow(abs(act6(y)) + 0.001f, 0.4545f);
        pad8(y) = BoundaryConditions::mirror_interior(pw7, {{0, 28}})(y);
        act9(y) = max(pad8(y) - 0.25f, 0.0f);
        output(x, y) = (act9(y) + red2(x)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}});
        input2.set_estimates({{0, 28}, {0, 28}});
        output.set_estimates({{0, 28}, {0, 28}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            act9.compute_root().parallel(y);
            pad8.compute_root().parallel(y);
            pw7.compute_root().parallel(y);
            red5.compute_root().parallel(y);
            red5.update(0).vectorize(y, 8);
            red3.compute_root().vectorize(x, 8).parallel(y);
            red3.update(0).vectorize(x, 8).parallel(y);
            red2.compute_root().vectorize(x, 8);
            red2.update(0).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp220, rp_220)
