// Random pipeline (seed 167): 8 stages over image3d 1536x4096x3 uint16 input.
// Steps: boundary, conv, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp167 : public Generator<Rp167> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1;
    Func in0{"in0"}, conv1{"conv1"}, relu2{"relu2"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        r_conv1 = RDom(0, 3, 0, 3, "r_conv1");
        conv1(x, y, c) = 0.0f;
        conv1(x, y, c) += (cast<float>(in0(x + r_conv1.x - 1, y + r_conv1.y - 1, c)) * 0.000015f) * exp(-cast<float>((r_conv1.x - 1) * (r_conv1.x - 1) + (r_conv1.y - 1) * (r_conv1.y - 1)) * 0.5f);
        relu2(x, y, c) = max(conv1(x, y, c), 0.0f);
        output(x, y, c) = cast<uint16_t>(clamp(relu2(x, y, c) * gain * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 4096}, {0, 3}});
        gain.set_estimate(1.0f);
        output.set_estimates({{0, 1536}, {0, 4096}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            conv1.compute_at(output, xo).vectorize(x, 8);
            conv1.update(0).vectorize(x, 16);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp167, rp_167)
