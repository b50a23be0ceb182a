// Random pipeline (seed 325): 14 stages over image2d 768x2560 int16 input.
// Steps: boundary, boundary, cast, boundary, binary, scan, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp325 : public Generator<Rp325> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_cumsum5;
    Func in0{"in0"}, in1{"in1"}, cvt2{"cvt2"}, pad3{"pad3"}, mx4{"mx4"}, cumsum5{"cumsum5"};
    Func pw6{"pw6"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        cvt2(x, y) = saturating_cast<uint16_t>(in1(x, y));
        pad3(x, y) = BoundaryConditions::repeat_edge(cvt2, {{0, 768}, {0, 2560}})(x, y);
        mx4(x, y) = max((cast<float>(in0(x, y)) * 0.000031f), (cast<float>(pad3(x, y)) * 0.000015f));
        r_cumsum5 = RDom(1, 767, "r_cumsum5");
        cumsum5(x, y) = cast<int32_t>(in1(x, y));
        cumsum5(r_cumsum5.x, y) = cumsum5(r_cumsum5.x - 1, y) + cumsum5(r_cumsum5.x, y);
        pw6(x, y) = (cast<float>(cumsum5(x, y)) * 0.000977f) * (cast<float>(cumsum5(x, y)) * 0.000977f) * 0.5f - (cast<float>(cumsum5(x, y)) * 0.000977f);
        output(x, y) = cast<int16_t>(clamp((pw6(x, y) + mx4(x, y)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 2560}});
        input2.set_estimates({{0, 768}, {0, 2560}});
        output.set_estimates({{0, 768}, {0, 2560}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            cumsum5.compute_root().vectorize(x, 8).parallel(y);
            cumsum5.update(0).vectorize(y, 8);
            mx4.compute_root().vectorize(x, 8).parallel(y);
            pad3.compute_root().vectorize(x, 16).parallel(y);
            cvt2.compute_at(pad3, y).vectorize(x, 16);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp325, rp_325)
