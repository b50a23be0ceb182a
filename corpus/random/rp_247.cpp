// Random pipeline (seed 247): 17 stages over tensor4d 14x14x64x8 int16 input.
// Steps: boundary, boundary, activation, all_to_all, all_to_all, activation, binary, histogram, cast, lut, binary.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp247 : public Generator<Rp247> {
public:
    Input<Buffer<int16_t>> input{"input", 4};
    Input<Buffer<uint8_t>> input2{"input2", 2};
    Input<Buffer<float>> w_mm3{"w_mm3", 2};
    Output<Buffer<int16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_mm3, r_mm4, r_hist7;
    Func in0{"in0"}, in1{"in1"}, act2{"act2"}, mm3{"mm3"}, mm4{"mm4"}, act5{"act5"};
    Func diff6{"diff6"}, hist7{"hist7"}, cvt8{"cvt8"}, lut9{"lut9"}, mn10{"mn10"};

    void generate() {
        in0(x, y, c, n) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c, n);
        in1(x, y) = BoundaryConditions::mirror_image(input2)(x, y);
        act2(x, y) = clamp((cast<float>(in1(x, y)) * 0.003922f) * 6.0f, 0.0f, 6.0f);
        r_mm3 = RDom(0, 14, "r_mm3");
        mm3(x, y) = 0.0f;
        mm3(x, y) += act2(r_mm3.x, y) * w_mm3(r_mm3.x, clamp(x, 0, 13));
        r_mm4 = RDom(0, 14, "r_mm4");
        mm4(x, y) = 0.0f;
        mm4(x, y) += mm3(r_mm4.x, y) * (cast<float>((r_mm4.x + 2 * x) % 7) * 0.1f - 0.3f);
        act5(x, y) = clamp(mm4(x, y) * 6.0f, 0.0f, 6.0f);
        diff6(x, y, c, n) = absd((cast<float>(in0(x, y, c, n)) * 0.000031f), act5(x, y));
        r_hist7 = RDom(0, 14, 0, 14, 0, 64, 0, 8, "r_hist7");
        hist7(x) = 0;
        hist7(clamp(cast<int32_t>(diff6(r_hist7.x, r_hist7.y, r_hist7.z, r_hist7.w) * 63.0f), 0, 63)) += 1;
        cvt8(x, y) = cast<int16_t>(clamp(act5(x, y) * 32767.0f, -32768.0f, 32767.0f));
        lut9(x, y) = (cast<float>(hist7(clamp(cast<int32_t>(cvt8(x, y)) / 1024 + 32, 0, 63))) * 0.000977f);
        mn10(x, y) = min(lut9(x, y), act2(x, y));
        output(x, y) = cast<int16_t>(clamp(mn10(x, y) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 14}, {0, 14}, {0, 64}, {0, 8}});
        input2.set_estimates({{0, 14}, {0, 14}});
        w_mm3.set_estimates({{0, 14}, {0, 14}});
        output.set_estimates({{0, 14}, {0, 14}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            mn10.compute_at(output, y).vectorize(x, 8);
            lut9.compute_at(mn10, y).vectorize(x, 8);
            hist7.compute_root();
            diff6.compute_root().vectorize(x, 8).parallel(n);
            mm4.compute_root().vectorize(x, 8).parallel(y);
            mm4.update(0).vectorize(x, 8);
            mm3.compute_root().vectorize(x, 8).parallel(y);
            mm3.update(0).vectorize(x, 8).parallel(y);
            act2.compute_root().vectorize(x, 8).parallel(y);
            in1.compute_at(act2, y).vectorize(x, 8);
            in0.compute_root().vectorize(x, 8).parallel(n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp247, rp_247)
