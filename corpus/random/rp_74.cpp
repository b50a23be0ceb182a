// Random pipeline (seed 74): 18 stages over tensor3d 128x128x8 uint8 input.
// Steps: boundary, boundary, histogram, lut, separable, binary, binary, stencil, pointwise, activation.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp74 : public Generator<Rp74> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist2;
    Func in0{"in0"}, in1{"in1"}, hist2{"hist2"}, curve3{"curve3"}, lut4{"lut4"}, blur5_x{"blur5_x"};
    Func blur5_y{"blur5_y"}, avg6{"avg6"}, mul7{"mul7"}, lap8{"lap8"}, pw9{"pw9"}, act10{"act10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = BoundaryConditions::mirror_interior(input2)(x, y, c);
        r_hist2 = RDom(0, 128, 0, 128, 0, 8, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(in1(r_hist2.x, r_hist2.y, r_hist2.z)) * 64 / 256, 0, 63)) += 1;
        curve3(x) = sqrt(cast<float>(x) * 0.003922f);
        lut4(x, y, c) = curve3(clamp(cast<int32_t>(in0(x, y, c)) * 256 / 256, 0, 255));
        blur5_x(x, y, c) = (lut4(x - 1, y, c) + 3.0f * lut4(x, y, c) + 3.0f * lut4(x + 1, y, c) + lut4(x + 2, y, c)) * 0.125f;
        blur5_y(x, y, c) = (blur5_x(x, y - 1, c) + 3.0f * blur5_x(x, y, c) + 3.0f * blur5_x(x, y + 1, c) + blur5_x(x, y + 2, c)) * 0.125f;
        avg6(x, y, c) = (blur5_y(x, y, c) + curve3(x * 2)) * 0.5f;
        mul7(x, y, c) = avg6(x, y, c) * (cast<float>(hist2(x / 2)) * 0.000977f);
        lap8(x, y, c) = mul7(x - 1, y, c) + mul7(x + 1, y, c) + mul7(x, y - 1, c) + mul7(x, y + 1, c) - 4.0f * mul7(x, y, c);
        pw9(x, y, c) = lap8(x, y, c) * lap8(x, y, c) * 0.5f - lap8(x, y, c) * gain;
        act10(x, y, c) = select(pw9(x, y, c) > 0.0f, pw9(x, y, c), pw9(x, y, c) * 0.1f);
        output(x, y, c) = act10(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 8}});
        input2.set_estimates({{0, 128}, {0, 128}, {0, 8}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 128}, {0, 128}, {0, 8}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            act10.compute_at(output, c).vectorize(x, 16);
            lap8.compute_at(act10, y).vectorize(x, 8);
            mul7.compute_root().vectorize(x, 16).parallel(c);
            blur5_y.compute_root().vectorize(x, 8).parallel(c);
            blur5_x.compute_root().vectorize(x, 8).parallel(c);
            hist2.compute_root();
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_at(blur5_x, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp74, rp_74)
