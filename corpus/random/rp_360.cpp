// Random pipeline (seed 360): 12 stages over image2d 256x256 int16 input.
// Steps: boundary, boundary, pointwise, all_to_all, pointwise, slice, pointwise, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp360 : public Generator<Rp360> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<Buffer<float>> w_mm3{"w_mm3", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r_mm3;
    Func in0{"in0"}, in1{"in1"}, pw2{"pw2"}, mm3{"mm3"}, pw4{"pw4"}, slice5{"slice5"};
    Func pw6{"pw6"}, add7{"add7"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        pw2(x, y) = exp(-abs((cast<float>(in1(x, y)) * 0.003922f)));
        r_mm3 = RDom(0, 256, "r_mm3");
        mm3(x, y) = 0.0f;
        mm3(x, y) += (cast<float>(in0(r_mm3.x, y)) * 0.000031f) * w_mm3(r_mm3.x, clamp(x, 0, 255));
        pw4(x, y) = pow(abs(mm3(x, y)) + 0.001f, 0.4545f);
        slice5(y) = pw4(4, y);
        pw6(y) = log(abs(slice5(y)) + 1.0f);
        add7(x, y) = pw2(x, y) + pw6(y);
        output(x, y) = cast<uint16_t>(clamp(add7(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 256}});
        input2.set_estimates({{0, 256}, {0, 256}});
        w_mm3.set_estimates({{0, 256}, {0, 256}});
        output.set_estimates({{0, 256}, {0, 256}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            add7.compute_at(output, yi).vectorize(x, 8);
            slice5.compute_root().parallel(y);
            pw4.compute_root().vectorize(x, 8).parallel(y);
            mm3.compute_at(pw4, y).vectorize(x, 16);
            mm3.update(0).vectorize(x, 16);
            pw2.compute_at(add7, y).vectorize(x, 16);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp360, rp_360)
