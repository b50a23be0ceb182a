// Random pipeline (seed 118): 12 stages over tensor3d 28x28x64 uint8 input.
// Steps: boundary, binary, conv, slice, lut, all_to_all, activation, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp118 : public Generator<Rp118> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_mix6{"w_mix6", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv2, r_mix6;
    Func in0{"in0"}, blend1{"blend1"}, conv2{"conv2"}, slice3{"slice3"}, curve4{"curve4"}, lut5{"lut5"};
    Func mix6{"mix6"}, act7{"act7"}, add8{"add8"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        blend1(x, y, c) = lerp((cast<float>(in0(x, y, c)) * 0.003922f), (cast<float>(in0(x + 1, y, c)) * 0.003922f), 0.3f);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y, c) = 0.0f;
        conv2(x, y, c) += blend1(x + r_conv2.x - 1, y + r_conv2.y - 1, c) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.8f);
        slice3(y, c) = conv2(9, y, c);
        curve4(x) = sqrt(cast<float>(x) * 0.003922f);
        lut5(y, c) = curve4(clamp(cast<int32_t>(slice3(y, c) * 255.0f), 0, 255));
        r_mix6 = RDom(0, 64, "r_mix6");
        mix6(y, c) = 0.0f;
        mix6(y, c) += lut5(y, r_mix6.x) * w_mix6(r_mix6.x, clamp(c, 0, 63));
        act7(y, c) = 1.0f / (1.0f + exp(-lut5(y, c)));
        add8(y, c) = act7(y, c) + mix6(y, c);
        output(y, c) = cast<uint8_t>(clamp(add8(y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 64}});
        w_mix6.set_estimates({{0, 64}, {0, 64}});
        output.set_estimates({{0, 28}, {0, 64}});

        if (!auto_schedule) {
            output.parallel(c);
            mix6.compute_root().parallel(c);
            mix6.update(0).vectorize(y, 8).parallel(c);
            lut5.compute_root().parallel(c);
            curve4.compute_root().vectorize(x, 8);
            slice3.compute_at(lut5, y);
            conv2.compute_root().vectorize(x, 8).parallel(c);
            conv2.update(0).vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp118, rp_118)
