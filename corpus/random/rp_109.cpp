// Random pipeline (seed 109): 11 stages over image3d 1280x1536x4 float input.
// Steps: boundary, boundary, histogram, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp109 : public Generator<Rp109> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist2, r_cumsum3;
    Func in0{"in0"}, in1{"in1"}, hist2{"hist2"}, cumsum3{"cumsum3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y) = BoundaryConditions::repeat_image(input2)(x, y);
        r_hist2 = RDom(0, 1280, 0, 1536, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(in1(r_hist2.x, r_hist2.y)) * 256 / 256, 0, 255)) += 1;
        r_cumsum3 = RDom(1, 255, "r_cumsum3");
        cumsum3(x) = hist2(x);
        cumsum3(r_cumsum3.x) = cumsum3(r_cumsum3.x - 1) + cumsum3(r_cumsum3.x);
        output(x, y, c) = ((cast<float>(cumsum3(x)) * 0.000977f) + in0(x * 5, y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1536}, {0, 4}});
        input2.set_estimates({{0, 1280}, {0, 1536}});
        output.set_estimates({{0, 256}, {0, 1536}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 8)
                .parallel(yo);
            cumsum3.compute_root();
            hist2.compute_root();
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp109, rp_109)
