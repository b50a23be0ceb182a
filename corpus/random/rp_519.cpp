// Random pipeline (seed 519): 20 stages over image3d 1280x640x3 uint16 input.
// Steps: boundary, boundary, reindex, stencil, lut, pointwise, boundary, histogram, scan, transpose, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp519 : public Generator<Rp519> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Input<Buffer<uint16_t>> input2{"input2", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"};
    RDom r_hist8, r_cumsum9;
    Func in0{"in0"}, in1{"in1"}, flip2{"flip2"}, box3{"box3"}, curve4{"curve4"}, lut5{"lut5"};
    Func pw6{"pw6"}, pad7{"pad7"}, hist8{"hist8"}, cumsum9{"cumsum9"}, tr10{"tr10"}, lut11{"lut11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        in1(x, y) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1));
        flip2(x, y) = in1(1279 - x, y);
        box3(x, y) = ((cast<float>(flip2(x - 1, y - 1)) * 0.000015f) + (cast<float>(flip2(x, y - 1)) * 0.000015f) + (cast<float>(flip2(x + 1, y - 1)) * 0.000015f) + (cast<float>(flip2(x - 1, y)) * 0.000015f) + (cast<float>(flip2(x, y)) * 0.000015f) + (cast<float>(flip2(x + 1, y)) * 0.000015f) + (cast<float>(flip2(x - 1, y + 1)) * 0.000015f) + (cast<float>(flip2(x, y + 1)) * 0.000015f) + (cast<float>(flip2(x + 1, y + 1)) * 0.000015f)) * 0.111111f;
        curve4(x) = pow(cast<float>(x) * 0.003922f, 0.4545f);
        lut5(x, y, c) = curve4(clamp(cast<int32_t>(in0(x, y, c)) / 256, 0, 255));
        pw6(x, y, c) = floor(lut5(x, y, c) * 8.0f) * 0.125f;
        pad7(x, y, c) = BoundaryConditions::constant_exterior(pw6, 0.0f, {{0, 1280}, {0, 640}, {0, 3}})(x, y, c);
        r_hist8 = RDom(0, 1280, 0, 640, 0, 3, "r_hist8");
        hist8(x) = 0.0f;
        hist8(clamp(cast<int32_t>(pad7(r_hist8.x, r_hist8.y, r_hist8.z) * 255.0f), 0, 255)) += pad7(r_hist8.x, r_hist8.y, r_hist8.z);
        r_cumsum9 = RDom(1, 255, "r_cumsum9");
        cumsum9(x) = hist8(x);
        cumsum9(r_cumsum9.x) = cumsum9(r_cumsum9.x - 1) + cumsum9(r_cumsum9.x);
        tr10(x, y, c) = pad7(y, x, c);
        lut11(x, y, c) = cumsum9(clamp(cast<int32_t>(tr10(x, y, c) * 255.0f), 0, 255));
        output(x, y, c) = cast<uint8_t>(clamp((lut11(x, y, c) + box3(x * 2, y / 2)) * 0.5f * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 640}, {0, 3}});
        input2.set_estimates({{0, 1280}, {0, 640}});
        output.set_estimates({{0, 640}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32)
                .parallel(yo)
                .vectorize(x, 16);
            lut11.compute_root().vectorize(x, 8).parallel(y);
            tr10.compute_root().vectorize(x, 16).parallel(y);
            cumsum9.compute_root();
            hist8.compute_root();
            pad7.compute_root().vectorize(x, 8).parallel(y);
            lut5.compute_root().vectorize(x, 16).parallel(y);
            curve4.compute_root().vectorize(x, 16);
            flip2.compute_at(output, yo).vectorize(x, 16);
            in1.compute_at(flip2, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp519, rp_519)
