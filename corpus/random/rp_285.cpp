// Random pipeline (seed 285): 16 stages over tensor3d 64x64x8 float input.
// Steps: boundary, pointwise, scan, scan, lut, binary, lut, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp285 : public Generator<Rp285> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir2, r_iir3;
    Func in0{"in0"}, pw1{"pw1"}, iir2{"iir2"}, iir3{"iir3"}, curve4{"curve4"}, lut5{"lut5"};
    Func mn6{"mn6"}, lut7{"lut7"}, avg8{"avg8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        pw1(x, y, c) = sin(in0(x, y, c)) * 0.5f + 0.5f;
        r_iir2 = RDom(1, 63, "r_iir2");
        iir2(x, y, c) = pw1(x, y, c);
        iir2(r_iir2.x, y, c) = 0.7f * iir2(r_iir2.x - 1, y, c) + 0.3f * iir2(r_iir2.x, y, c);
        r_iir3 = RDom(1, 63, "r_iir3");
        iir3(x, y, c) = iir2(x, y, c);
        iir3(x, r_iir3.x, c) = 0.5f * iir3(x, r_iir3.x - 1, c) + 0.5f * iir3(x, r_iir3.x, c);
        iir3(x, 63 - r_iir3.x, c) = 0.5f * iir3(x, 64 - r_iir3.x, c) + 0.5f * iir3(x, 63 - r_iir3.x, c);
        curve4(x) = 1.0f - exp(-4.0f * cast<float>(x) * 0.000978f);
        lut5(x, y, c) = curve4(clamp(cast<int32_t>(iir3(x, y, c) * 1023.0f), 0, 1023));
        mn6(x, y, c) = min(lut5(x, y, c), curve4(x * 16));
        lut7(x, y, c) = curve4(clamp(cast<int32_t>(mn6(x, y, c) * 1023.0f), 0, 1023));
        avg8(x, y, c) = (lut7(x, y, c) + mn6(x, y, c)) * 0.5f;
        output(x, y, c) = avg8(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 64}, {0, 64}, {0, 8}});
        output.set_estimates({{0, 64}, {0, 64}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 16)
                .parallel(y);
            avg8.compute_root().vectorize(x, 16).parallel(c);
            mn6.compute_at(avg8, c).vectorize(x, 8);
            iir3.compute_root().vectorize(x, 16).parallel(c);
            iir3.update(0).vectorize(x, 16);
            iir3.update(1).vectorize(x, 8).parallel(c);
            iir2.compute_root().vectorize(x, 16).parallel(c);
            iir2.update(0).vectorize(y, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp285, rp_285)
