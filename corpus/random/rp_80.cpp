// Random pipeline (seed 80): 18 stages over image2d 1024x4096 int16 input.
// Steps: boundary, scan, slice, pointwise, transpose, histogram, reduction, binary, lut, scan.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp80 : public Generator<Rp80> {
public:
    Input<Buffer<int16_t>> input{"input", 2};
    Output<Buffer<int16_t>> output{"output", 1};

    Var x{"x"}, y{"y"};
    RDom r_iir1, r_hist5, r_red6, r_cumsum9;
    Func in0{"in0"}, iir1{"iir1"}, slice2{"slice2"}, pw3{"pw3"}, tr4{"tr4"}, hist5{"hist5"};
    Func red6{"red6"}, mul7{"mul7"}, lut8{"lut8"}, cumsum9{"cumsum9"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        r_iir1 = RDom(1, 1023, "r_iir1");
        iir1(x, y) = (cast<float>(in0(x, y)) * 0.000031f);
        iir1(r_iir1.x, y) = 0.5f * iir1(r_iir1.x - 1, y) + 0.5f * iir1(r_iir1.x, y);
        slice2(y) = iir1(2, y);
        pw3(x, y) = pow(abs(iir1(x, y)) + 0.001f, 0.4545f);
        tr4(x, y) = pw3(y, x);
        r_hist5 = RDom(0, 4096, 0, 1024, "r_hist5");
        hist5(x) = 0.0f;
        hist5(clamp(cast<int32_t>(tr4(r_hist5.x, r_hist5.y) * 127.0f), 0, 127)) += tr4(r_hist5.x, r_hist5.y);
        r_red6 = RDom(0, 1024, "r_red6");
        red6(x) = minimum(tr4(x, r_red6.x));
        mul7(x) = hist5(x) * red6(x * 32);
        lut8(y) = mul7(clamp(cast<int32_t>(slice2(y) * 127.0f), 0, 127));
        r_cumsum9 = RDom(1, 4095, "r_cumsum9");
        cumsum9(y) = lut8(y);
        cumsum9(r_cumsum9.x) = cumsum9(r_cumsum9.x - 1) + cumsum9(r_cumsum9.x);
        output(y) = cast<int16_t>(clamp(cumsum9(y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 4096}});
        output.set_estimates({{0, 4096}});

        if (!auto_schedule) {
            output.parallel(y);
            cumsum9.compute_root();
            mul7.compute_root().vectorize(x, 8);
            red6.compute_root().vectorize(x, 8);
            hist5.compute_root();
            slice2.compute_root().parallel(y);
            iir1.compute_root().vectorize(x, 16).parallel(y);
            iir1.update(0).vectorize(y, 8);
            in0.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp80, rp_80)
