// Random pipeline (seed 40): 10 stages over image3d 640x2048x3 uint8 input.
// Steps: boundary, boundary, all_to_all, downsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp40 : public Generator<Rp40> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 3};
    Input<Buffer<float>> w_mix2{"w_mix2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_mix2;
    Func in0{"in0"}, in1{"in1"}, mix2{"mix2"}, down3{"down3"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_image(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::repeat_edge(input2)(x, y, c);
        r_mix2 = RDom(0, 3, "r_mix2");
        mix2(x, y, c) = 0.0f;
        mix2(x, y, c) += in1(x, y, r_mix2.x) * w_mix2(r_mix2.x, clamp(c, 0, 2));
        down3(x, y, c) = (mix2(2 * x, 2 * y, c) + mix2(2 * x + 1, 2 * y, c) + mix2(2 * x, 2 * y + 1, c) + mix2(2 * x + 1, 2 * y + 1, c)) * 0.25f;
        output(x, y, c) = cast<uint8_t>(clamp((down3(x, y, c) + (cast<float>(in0(x * 2, y * 2, c)) * 0.003922f)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 640}, {0, 2048}, {0, 3}});
        input2.set_estimates({{0, 640}, {0, 2048}, {0, 3}});
        w_mix2.set_estimates({{0, 3}, {0, 3}});
        output.set_estimates({{0, 320}, {0, 1024}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            mix2.compute_root().vectorize(x, 16).parallel(y);
            mix2.update(0).vectorize(x, 8).unroll(r_mix2.x).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp40, rp_40)
