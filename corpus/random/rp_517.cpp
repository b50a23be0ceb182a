// Random pipeline (seed 517): 17 stages over tensor3d 56x56x32 int16 input.
// Steps: boundary, pointwise, stencil, pointwise, scan, stencil, scan, all_to_all, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp517 : public Generator<Rp517> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_iir4, r_iir6, r_mix7;
    Func in0{"in0"}, pw1{"pw1"}, lap2{"lap2"}, pw3{"pw3"}, iir4{"iir4"}, dilate5{"dilate5"};
    Func iir6{"iir6"}, mix7{"mix7"}, mul8{"mul8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        pw1(x, y, c) = pow(abs((cast<float>(in0(x, y, c)) * 0.000031f)) + 0.001f, 0.4545f);
        lap2(x, y, c) = pw1(x - 1, y, c) + pw1(x + 1, y, c) + pw1(x, y - 1, c) + pw1(x, y + 1, c) - 4.0f * pw1(x, y, c);
        pw3(x, y, c) = tanh(lap2(x, y, c));
        r_iir4 = RDom(1, 55, "r_iir4");
        iir4(x, y, c) = pw3(x, y, c);
        iir4(x, r_iir4.x, c) = 0.8f * iir4(x, r_iir4.x - 1, c) + 0.2f * iir4(x, r_iir4.x, c);
        iir4(x, 55 - r_iir4.x, c) = 0.8f * iir4(x, 56 - r_iir4.x, c) + 0.2f * iir4(x, 55 - r_iir4.x, c);
        dilate5(x, y, c) = max(max(max(max(iir4(x, y, c), iir4(x - 1, y, c)), iir4(x + 1, y, c)), iir4(x, y - 1, c)), iir4(x, y + 1, c));
        r_iir6 = RDom(1, 55, "r_iir6");
        iir6(x, y, c) = dilate5(x, y, c);
        iir6(x, r_iir6.x, c) = 0.7f * iir6(x, r_iir6.x - 1, c) + 0.3f * iir6(x, r_iir6.x, c);
        iir6(x, 55 - r_iir6.x, c) = 0.7f * iir6(x, 56 - r_iir6.x, c) + 0.3f * iir6(x, 55 - r_iir6.x, c);
        r_mix7 = RDom(0, 32, "r_mix7");
        mix7(x, y, c) = 0.0f;
        mix7(x, y, c) += iir6(x, y, r_mix7.x) * (cast<float>((r_mix7.x + 2 * c) % 7) * 0.1f - 0.3f);
        mul8(x, y, c) = mix7(x, y, c) * pw1(x, y, c);
        output(x, y, c) = mul8(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 32}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 32}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            mix7.compute_root().vectorize(x, 8).parallel(c);
            mix7.update(0).vectorize(x, 8);
            iir6.compute_root().vectorize(x, 8).parallel(c);
            iir6.update(0).vectorize(x, 8);
            iir6.update(1).vectorize(x, 8).parallel(c);
            dilate5.compute_root().vectorize(x, 8).parallel(c);
            iir4.compute_root().vectorize(x, 8).parallel(c);
            iir4.update(0).vectorize(x, 8).parallel(c);
            iir4.update(1).vectorize(x, 8).parallel(c);
            pw3.compute_root().vectorize(x, 8).parallel(c);
            lap2.compute_at(pw3, c).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp517, rp_517)
