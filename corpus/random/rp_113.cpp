// Random pipeline (seed 113): 14 stages over image3d 1536x512x4 uint16 input.
// Steps: boundary, histogram, lut, binary, binary, histogram, lut, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp113 : public Generator<Rp113> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist1, r_hist5;
    Func in0{"in0"}, hist1{"hist1"}, lut2{"lut2"}, mul3{"mul3"}, add4{"add4"}, hist5{"hist5"};
    Func lut6{"lut6"}, avg7{"avg7"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        r_hist1 = RDom(0, 1536, 0, 512, 0, 4, "r_hist1");
        hist1(x) = 0;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y, r_hist1.z)) / 256, 0, 255)) += 1;
        lut2(x, y, c) = (cast<float>(hist1(clamp(cast<int32_t>(in0(x, y, c)) / 256, 0, 255))) * 0.000977f);
        mul3(x, y, c) = lut2(x, y, c) * (cast<float>(hist1(x / 6)) * 0.000977f);
        add4(x, y, c) = (cast<float>(in0(x, y, c)) * 0.000015f) + mul3(x, y, c);
        r_hist5 = RDom(0, 1536, 0, 512, 0, 4, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(add4(r_hist5.x, r_hist5.y, r_hist5.z) * 255.0f), 0, 255)) += 1;
        lut6(x, y, c) = (cast<float>(hist5(clamp(cast<int32_t>(mul3(x, y, c) * 255.0f), 0, 255))) * 0.000977f);
        avg7(x, y, c) = (lut6(x, y, c) + mul3(x, y, c)) * 0.5f;
        output(x, y, c) = cast<uint16_t>(clamp(avg7(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 512}, {0, 4}});
        output.set_estimates({{0, 1536}, {0, 512}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            avg7.compute_at(output, c).vectorize(x, 8);
            lut6.compute_at(avg7, c).vectorize(x, 8);
            hist5.compute_root();
            mul3.compute_root().vectorize(x, 8).parallel(c);
            lut2.compute_at(mul3, y).vectorize(x, 16);
            hist1.compute_root();
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp113, rp_113)
