// Random pipeline (seed 335): 14 stages over tensor3d 64x64x8 uint8 input.
// Steps: boundary, binary, activation, binary, all_to_all, reduction, scan, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp335 : public Generator<Rp335> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mix4, r_red5, r_cumsum6;
    Func in0{"in0"}, mn1{"mn1"}, act2{"act2"}, add3{"add3"}, mix4{"mix4"}, red5{"red5"};
    Func cumsum6{"cumsum6"}, mul7{"mul7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        mn1(x, y, c) = min(in0(x, y, c), in0(x + 1, y, c));
        act2(x, y, c) = 1.0f / (1.0f + exp(-(cast<float>(mn1(x, y, c)) * 0.003922f)));
        add3(x, y, c) = act2(x, y, c) + (cast<float>(mn1(x, y, c)) * 0.003922f);
        r_mix4 = RDom(0, 8, "r_mix4");
        mix4(x, y, c) = 0.0f;
        mix4(x, y, c) += add3(x, y, r_mix4.x) * (cast<float>((r_mix4.x + 2 * c) % 7) * 0.1f - 0.3f);
        r_red5 = RDom(0, 64, "r_red5");
        red5(x, c) = 0.0f;
        red5(x, c) += mix4(x, r_red5.x, c);
        r_cumsum6 = RDom(1, 63, "r_cumsum6");
        cumsum6(x, c) = red5(x, c);
        cumsum6(r_cumsum6.x, c) = cumsum6(r_cumsum6.x - 1, c) + cumsum6(r_cumsum6.x, c);
        mul7(x, c) = cumsum6(x, c) * red5(x, c);
        output(x, c) = mul7(x, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 8}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 64}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            cumsum6.compute_root().vectorize(x, 16).parallel(c);
            cumsum6.update(0).vectorize(c, 8);
            red5.compute_root().vectorize(x, 16).parallel(c);
            red5.update(0).vectorize(x, 8);
            mix4.compute_root().vectorize(x, 16).parallel(c);
            mix4.update(0).vectorize(x, 8).parallel(c);
            add3.compute_root().vectorize(x, 8).parallel(c);
            act2.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp335, rp_335)
