// Random pipeline (seed 332): 10 stages over image3d 512x256x3 float input.
// Steps: boundary, histogram, pointwise, slice, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp332 : public Generator<Rp332> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist1;
    Func in0{"in0"}, hist1{"hist1"}, pw2{"pw2"}, slice3{"slice3"}, lut4{"lut4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c);
        r_hist1 = RDom(0, 512, 0, 256, 0, 3, "r_hist1");
        hist1(x) = 0.0f;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y, r_hist1.z) * 127.0f), 0, 127)) += in0(r_hist1.x, r_hist1.y, r_hist1.z);
        pw2(x) = exp(-abs(hist1(x)));
        slice3(x, y) = in0(x, y, 1);
        lut4(x, y) = pw2(clamp(cast<int32_t>(slice3(x, y) * 127.0f), 0, 127));
        output(x, y) = lut4(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 256}, {0, 3}});
        output.set_estimates({{0, 512}, {0, 256}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .vectorize(xi, 16)
                .parallel(yo);
            lut4.compute_at(output, xo).vectorize(x, 16);
            hist1.compute_root();
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp332, rp_332)
