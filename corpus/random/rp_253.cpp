// Random pipeline (seed 253): 17 stages over image3d 512x512x3 uint8 input.
// Steps: boundary, boundary, resample, slice, pointwise, pointwise, binary, conv, histogram, lut, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp253 : public Generator<Rp253> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<uint8_t>> input2{"input2", 3};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv7, r_hist8;
    Func in0{"in0"}, in1{"in1"}, resize2_x{"resize2_x"}, resize2_y{"resize2_y"}, slice3{"slice3"}, pw4{"pw4"};
    Func pw5{"pw5"}, mul6{"mul6"}, conv7{"conv7"}, hist8{"hist8"}, lut9{"lut9"}, lut10{"lut10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        in1(x, y, c) = input2(clamp(x, 0, input2.dim(0).extent() - 1), clamp(y, 0, input2.dim(1).extent() - 1), c);
        Expr resize2_x_sx = (cast<float>(x) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_x_ix = cast<int32_t>(floor(resize2_x_sx));
        Expr resize2_x_fx = resize2_x_sx - cast<float>(resize2_x_ix);
        resize2_x(x, y, c) = lerp((cast<float>(in1(resize2_x_ix, y, c)) * 0.003922f), (cast<float>(in1(resize2_x_ix + 1, y, c)) * 0.003922f), resize2_x_fx);
        Expr resize2_y_sy = (cast<float>(y) + 0.5f) * 0.8f - 0.5f;
        Expr resize2_y_iy = cast<int32_t>(floor(resize2_y_sy));
        Expr resize2_y_fy = resize2_y_sy - cast<float>(resize2_y_iy);
        resize2_y(x, y, c) = lerp(resize2_x(x, resize2_y_iy, c), resize2_x(x, resize2_y_iy + 1, c), resize2_y_fy);
        slice3(x, y) = in0(x, y, 0);
        pw4(x, y) = slice3(x, y) * 3 / 4;
        pw5(x, y) = log(abs((cast<float>(pw4(x, y)) * 0.003922f)) + 1.0f) * gain;
        mul6(x, y, c) = resize2_y(x, y, c) * pw5(x * 4 / 5, y * 4 / 5);
        r_conv7 = RDom(0, 3, 0, 3, "r_conv7");
        conv7(x, y, c) = 0.0f;
        conv7(x, y, c) += mul6(x + r_conv7.x - 1, y + r_conv7.y - 1, c) * exp(-cast<float>((r_conv7.x - 1) * (r_conv7.x - 1) + (r_conv7.y - 1) * (r_conv7.y - 1)) * 0.8f);
        r_hist8 = RDom(0, 640, 0, 640, 0, 3, "r_hist8");
        hist8(x) = 0.0f;
        hist8(clamp(cast<int32_t>(conv7(r_hist8.x, r_hist8.y, r_hist8.z) * 63.0f), 0, 63)) += conv7(r_hist8.x, r_hist8.y, r_hist8.z);
        lut9(x, y, c) = hist8(clamp(cast<int32_t>(conv7(x, y, c) * 63.0f), 0, 63));
        lut10(x, y, c) = hist8(clamp(cast<int32_t>(lut9(x, y, c) * 63.0f), 0, 63));
        output(x, y, c) = lut10(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 512}, {0, 3}});
        input2.set_estimates({{0, 512}, {0, 512}, {0, 3}});
        gain.set_estimate(1.25f);
        output.set_estimates({{0, 640}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            lut10.compute_root().vectorize(x, 8).parallel(y);
            hist8.compute_root().vectorize(x, 16);
            hist8.update(0).unroll(r_hist8.z);
            conv7.compute_root().vectorize(x, 16).parallel(y);
            conv7.update(0).vectorize(x, 8).unroll(r_conv7.x).parallel(y);
            mul6.compute_root().vectorize(x, 8).parallel(y);
            pw4.compute_at(mul6, c).vectorize(x, 8);
            resize2_x.compute_at(mul6, c).vectorize(x, 16);
            in1.compute_at(resize2_x, y).vectorize(x, 16);
            in0.compute_at(pw4, y).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp253, rp_253)
