// Random pipeline (seed 292): 14 stages over tensor3d 32x32x32 uint8 input.
// Steps: boundary, boundary, all_to_all, conv, activation, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp292 : public Generator<Rp292> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<Buffer<float>> w_dw3{"w_dw3", 3};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mix2, r_dw3;
    Func in0{"in0"}, in1{"in1"}, mix2{"mix2"}, dw3{"dw3"}, relu4{"relu4"}, curve5{"curve5"};
    Func lut6{"lut6"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_image(input2)(x, y, c);
        r_mix2 = RDom(0, 32, "r_mix2");
        mix2(x, y, c) = 0.0f;
        mix2(x, y, c) += (cast<float>(in1(x, y, r_mix2.x)) * 0.003922f) * (cast<float>((r_mix2.x + 2 * c) % 7) * 0.1f - 0.3f);
        r_dw3 = RDom(0, 3, 0, 3, "r_dw3");
        dw3(x, y, c) = 0.0f;
        dw3(x, y, c) += (cast<float>(in1(x + r_dw3.x - 1, y + r_dw3.y - 1, c)) * 0.003922f) * w_dw3(r_dw3.x, r_dw3.y, c);
        relu4(x, y, c) = max(dw3(x, y, c), 0.0f);
        curve5(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut6(x, y, c) = curve5(clamp(cast<int32_t>(relu4(x, y, c) * 255.0f), 0, 255));
        output(x, y, c) = cast<uint8_t>(clamp((lut6(x, y, c) + (cast<float>(in0(x, y, c)) * 0.003922f) + mix2(x, y, c)) * 0.333333f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 32}, {0, 32}, {0, 32}});
        input2.set_estimates({{0, 32}, {0, 32}, {0, 32}});
        w_dw3.set_estimates({{0, 3}, {0, 3}, {0, 32}});
        output.set_estimates({{0, 32}, {0, 32}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            lut6.compute_root().vectorize(x, 8).parallel(c);
            dw3.compute_root().vectorize(x, 8).parallel(c);
            dw3.update(0).vectorize(x, 8).unroll(r_dw3.x);
            mix2.compute_at(output, c).vectorize(x, 8);
            mix2.update(0).vectorize(x, 8);
            in1.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp292, rp_292)
