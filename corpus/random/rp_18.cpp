// Random pipeline (seed 18): 12 stages over image3d 768x384x3 float input.
// Steps: boundary, boundary, scan, cast, slice, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp18 : public Generator<Rp18> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_iir2;
    Func in0{"in0"}, in1{"in1"}, iir2{"iir2"}, cvt3{"cvt3"}, slice4{"slice4"}, diff5{"diff5"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_iir2 = RDom(1, 767, "r_iir2");
        iir2(x, y, c) = in0(x, y, c);
        iir2(r_iir2.x, y, c) = 0.7f * iir2(r_iir2.x - 1, y, c) + 0.3f * iir2(r_iir2.x, y, c);
        cvt3(x, y, c) = cast<uint8_t>(clamp(iir2(x, y, c) * 255.0f, 0.0f, 255.0f));
        slice4(x, y) = cvt3(x, y, 0);
        diff5(x, y) = absd((cast<float>(slice4(x, y)) * 0.003922f), in1(x, y));
        output(x, y) = cast<uint16_t>(clamp(diff5(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 384}, {0, 3}});
        input2.set_estimates({{0, 768}, {0, 384}});
        output.set_estimates({{0, 768}, {0, 384}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 16)
                .parallel(yo)
                .vectorize(x, 8);
            diff5.compute_at(output, yo).vectorize(x, 16);
            slice4.compute_root().vectorize(x, 8).parallel(y);
            cvt3.compute_root().vectorize(x, 8).parallel(y);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(y, 8);
            in1.compute_at(diff5, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp18, rp_18)
