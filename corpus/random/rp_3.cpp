// Random pipeline (seed 3): 19 stages over image3d 512x1024x3 uint8 input.
// Steps: boundary, boundary, scan, slice, pointwise, binary, scan, histogram.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp3 : public Generator<Rp3> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir2, r_cumsum6, r_hist7;
    Func in0{"in0"}, in1{"in1"}, iir2{"iir2"}, slice3{"slice3"}, pw4{"pw4"}, mul5{"mul5"};
    Func cumsum6{"cumsum6"}, hist7{"hist7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint8_t>(0))(x, y, c);
        in1(x, y) = BoundaryConditions::constant_exterior(input2, cast<uint8_t>(0))(x, y);
        r_iir2 = RDom(1, 1023, "r_iir2");
        iir2(x, y, c) = (cast<float>(in0(x, y, c)) * 0.003922f);
        iir2(x, r_iir2.x, c) = 0.5f * iir2(x, r_iir2.x - 1, c) + 0.5f * iir2(x, r_iir2.x, c);
        iir2(x, 1023 - r_iir2.x, c) = 0.5f * iir2(x, 1024 - r_iir2.x, c) + 0.5f * iir2(x, 1023 - r_iir2.x, c);
        slice3(x, y) = iir2(x, y, 0);
        pw4(x, y) = tanh(slice3(x, y));
        mul5(x, y, c) = iir2(x, y, c) * pw4(x, y);
        r_cumsum6 = RDom(1, 511, "r_cumsum6");
        cumsum6(x, y, c) = mul5(x, y, c);
        cumsum6(r_cumsum6.x, y, c) = cumsum6(r_cumsum6.x - 1, y, c) + cumsum6(r_cumsum6.x, y, c);
        r_hist7 = RDom(0, 512, 0, 1024, 0, 3, "r_hist7");
        hist7(x) = 0;
        hist7(clamp(cast<int32_t>(cumsum6(r_hist7.x, r_hist7.y, r_hist7.z) * 127.0f), 0, 127)) += 1;
        output(x, y) = cast<uint8_t>(clamp(((cast<float>(hist7(x)) * 0.000977f) + (cast<float>(in1(x * 4, y)) * 0.003922f)) * 0.5f * gain * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 1024}, {0, 3}});
        input2.set_estimates({{0, 512}, {0, 1024}});
        gain.set_estimate(2.0f);
        output.set_estimates({{0, 128}, {0, 1024}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            hist7.compute_root().vectorize(x, 8);
            hist7.update(0).unroll(r_hist7.z);
            cumsum6.compute_root().vectorize(x, 16).parallel(y);
            cumsum6.update(0).vectorize(y, 8);
            mul5.compute_root().vectorize(x, 8).parallel(y);
            slice3.compute_at(mul5, c).vectorize(x, 16);
            iir2.compute_root().vectorize(x, 16).parallel(y);
            iir2.update(0).vectorize(x, 8);
            iir2.update(1).vectorize(x, 16);
            in1.compute_at(output, yo).vectorize(x, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp3, rp_3)
