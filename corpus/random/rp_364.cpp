// Random pipeline (seed 364): 16 stages over tensor3d 128x128x32 float input.
// Steps: boundary, scan, pointwise, binary, slice, boundary, slice, histogram, lut, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp364 : public Generator<Rp364> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir1, r_hist7;
    Func in0{"in0"}, iir1{"iir1"}, pw2{"pw2"}, mn3{"mn3"}, slice4{"slice4"}, pad5{"pad5"};
    Func slice6{"slice6"}, hist7{"hist7"}, lut8{"lut8"}, blend9{"blend9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_iir1 = RDom(1, 127, "r_iir1");
        iir1(x, y, c) = in0(x, y, c);
        iir1(r_iir1.x, y, c) = 0.7f * iir1(r_iir1.x - 1, y, c) + 0.3f * iir1(r_iir1.x, y, c);
        pw2(x, y, c) = sqrt(abs(iir1(x, y, c)) + 1.0f);
        mn3(x, y, c) = min(pw2(x, y, c), iir1(x, y, c));
        slice4(x, y) = mn3(x, y, 13);
        pad5(x, y) = BoundaryConditions::repeat_edge(slice4, {{0, 128}, {0, 128}})(x, y);
        slice6(x) = pad5(x, 122);
        r_hist7 = RDom(0, 128, 0, 128, 0, 32, "r_hist7");
        hist7(x) = 0;
        hist7(clamp(cast<int32_t>(pw2(r_hist7.x, r_hist7.y, r_hist7.z) * 127.0f), 0, 127)) += 1;
        lut8(x, y) = (cast<float>(hist7(clamp(cast<int32_t>(pad5(x, y) * 127.0f), 0, 127))) * 0.000977f);
        blend9(x, y) = lerp(lut8(x, y), slice6(x), 0.3f);
        output(x, y) = blend9(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 128}, {0, 128}, {0, 32}});
        output.set_estimates({{0, 128}, {0, 128}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 64)
                .vectorize(xi, 8)
                .parallel(yo);
            hist7.compute_root();
            mn3.compute_at(output, yo).vectorize(x, 8);
            pw2.compute_root().vectorize(x, 16).parallel(c);
            iir1.compute_root().vectorize(x, 8).parallel(c);
            iir1.update(0).vectorize(y, 16);
            in0.compute_root().vectorize(x, 16).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp364, rp_364)
