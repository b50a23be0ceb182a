// Random pipeline (seed 106): 12 stages over tensor3d 64x64x16 float input.
// Steps: boundary, boundary, boundary, activation, reduction, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp106 : public Generator<Rp106> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_mean4;
    Func in0{"in0"}, in1{"in1"}, pad2{"pad2"}, act3{"act3"}, mean4{"mean4"}, pw5{"pw5"};
    Func mul6{"mul6"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        pad2(x, y, c) = BoundaryConditions::constant_exterior(in1, 0.0f, {{0, 64}, {0, 64}, {0, 16}})(x, y, c);
        act3(x, y, c) = max(pad2(x, y, c) - 0.25f, 0.0f);
        r_mean4 = RDom(0, 64, "r_mean4");
        mean4(y, c) = 0.0f;
        mean4(y, c) += in0(r_mean4.x, y, c);
        mean4(y, c) = mean4(y, c) * 0.015625f;
        pw5(x, y, c) = exp(-abs(act3(x, y, c)));
        mul6(x, y, c) = pw5(x, y, c) * mean4(y, c);
        output(x, y, c) = mul6(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 16}});
        input2.set_estimates({{0, 64}, {0, 64}, {0, 16}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 16}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            mul6.compute_at(output, c).vectorize(x, 8);
            pw5.compute_at(mul6, c).vectorize(x, 8);
            mean4.compute_root().parallel(c);
            mean4.update(0).vectorize(y, 8);
            mean4.update(1).vectorize(y, 8);
            act3.compute_at(pw5, c).vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp106, rp_106)
