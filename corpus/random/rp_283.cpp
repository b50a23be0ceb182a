// Random pipeline (seed 283): 14 stages over tensor3d 128x128x16 float input.
// Steps: boundary, conv, conv, all_to_all, binary, binary, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp283 : public Generator<Rp283> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> w_conv1{"w_conv1", 2};
    Input<Buffer<float>> w_conv2{"w_conv2", 4};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1, r_conv2, r_mm3;
    Func in0{"in0"}, conv1{"conv1"}, conv2{"conv2"}, mm3{"mm3"}, mn4{"mn4"}, diff5{"diff5"};
    Func curve6{"curve6"}, lut7{"lut7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y, c) = 0.0f;
        conv1(x, y, c) += in0(x + r_conv1.x - 1, y + r_conv1.y - 1, c) * w_conv1(r_conv1.x, r_conv1.y);
        r_conv2 = RDom(0, 1, 0, 1, 0, 16, "r_conv2");
        conv2(x, y, c) = 0.0f;
        conv2(x, y, c) += conv1(x + r_conv2.x, y + r_conv2.y, r_conv2.z) * w_conv2(r_conv2.x, r_conv2.y, r_conv2.z, c);
        r_mm3 = RDom(0, 128, "r_mm3");
        mm3(x, y, c) = 0.0f;
        mm3(x, y, c) += conv2(r_mm3.x, y, c) * (cast<float>((r_mm3.x + 2 * x) % 7) * 0.1f - 0.3f);
        mn4(x, y, c) = min(mm3(x, y, c), conv2(x, y, c));
        diff5(x, y, c) = absd(mn4(x, y, c), conv2(x, y, c));
        curve6(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut7(x, y, c) = curve6(clamp(cast<int32_t>(diff5(x, y, c) * 255.0f), 0, 255));
        output(x, y, c) = lut7(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 16}});
        w_conv1.set_estimates({{0, 3}, {0, 3}});
        w_conv2.set_estimates({{0, 1}, {0, 1}, {0, 16}, {0, 16}});
        output.set_estimates({{0, 128}, {0, 128}, {0, 16}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            curve6.compute_root().vectorize(x, 16);
            diff5.compute_root().vectorize(x, 16).parallel(c);
            mn4.compute_at(diff5, y).vectorize(x, 16);
            mm3.compute_root().vectorize(x, 8).parallel(c);
            mm3.update(0).vectorize(x, 8).parallel(c);
            conv2.compute_root().vectorize(x, 8).parallel(c);
            conv2.update(0).vectorize(x, 16).unroll(r_conv2.x).parallel(c);
            conv1.compute_root().vectorize(x, 16).parallel(c);
            conv1.update(0).vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp283, rp_283)
