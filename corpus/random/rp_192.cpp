// Random pipeline (seed 192): 19 stages over image2d 256x512 uint16 input.
// Steps: boundary, transpose, scan, gather, conv, scan, upsample, pointwise, lut, pointwise, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp192 : public Generator<Rp192> {
public:
    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_iir2, r_conv4, r_iir5;
    Func in0{"in0"}, tr1{"tr1"}, iir2{"iir2"}, warp3{"warp3"}, conv4{"conv4"}, iir5{"iir5"};
    Func up6{"up6"}, pw7{"pw7"}, curve8{"curve8"}, lut9{"lut9"}, pw10{"pw10"}, pw11{"pw11"};

    void generate() {
        in0(x, y) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y);
        tr1(x, y) = in0(y, x);
        r_iir2 = RDom(1, 511, "r_iir2");
        iir2(x, y) = (cast<float>(tr1(x, y)) * 0.000015f);
        iir2(r_iir2.x, y) = 0.9f * iir2(r_iir2.x - 1, y) + 0.1f * iir2(r_iir2.x, y);
        Expr warp3_sx = cast<float>(x) + (cast<float>(in0(x / 2, y * 2)) * 0.000015f) * 4.0f;
        Expr warp3_ix = clamp(cast<int32_t>(floor(warp3_sx)), 0, 510);
        Expr warp3_fx = clamp(warp3_sx - cast<float>(warp3_ix), 0.0f, 1.0f);
        warp3(x, y) = lerp(iir2(warp3_ix, y), iir2(warp3_ix + 1, y), warp3_fx);
        r_conv4 = RDom(0, 3, 0, 3, "r_conv4");
        conv4(x, y) = 0.0f;
        conv4(x, y) += warp3(x + r_conv4.x - 1, y + r_conv4.y - 1) * exp(-cast<float>((r_conv4.x - 1) * (r_conv4.x - 1) + (r_conv4.y - 1) * (r_conv4.y - 1)) * 0.5f);
        r_iir5 = RDom(1, 511, "r_iir5");
        iir5(x, y) = conv4(x, y);
        iir5(r_iir5.x, y) = 0.5f * iir5(r_iir5.x - 1, y) + 0.5f * iir5(r_iir5.x, y);
        Expr up6_fx = cast<float>(x % 2) * 0.5f;
        Expr up6_fy = cast<float>(y % 2) * 0.5f;
        up6(x, y) = lerp(lerp(iir5(x / 2, y / 2), iir5(x / 2 + 1, y / 2), up6_fx), lerp(iir5(x / 2, y / 2 + 1), iir5(x / 2 + 1, y / 2 + 1), up6_fx), up6_fy);
        pw7(x, y) = up6(x, y) / (1.0f + abs(up6(x, y)));
        curve8(x) = sqrt(cast<float>(x) * 0.003922f);
        lut9(x, y) = curve8(clamp(cast<int32_t>(pw7(x, y) * 255.0f), 0, 255));
        pw10(x, y) = sin(lut9(x, y)) * 0.5f + 0.5f;
        pw11(x, y) = pow(abs(pw10(x, y)) + 0.001f, 0.4545f);
        output(x, y) = cast<uint16_t>(clamp(pw11(x, y) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 256}, {0, 512}});
        output.set_estimates({{0, 1024}, {0, 512}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 64)
                .vectorize(xi, 16)
                .parallel(yo);
            pw11.compute_at(output, yo).vectorize(x, 16);
            pw10.compute_at(pw11, y).vectorize(x, 8);
            lut9.compute_at(pw10, y).vectorize(x, 16);
            iir5.compute_root().vectorize(x, 8).parallel(y);
            iir5.update(0).vectorize(y, 8);
            conv4.compute_root().vectorize(x, 8).parallel(y);
            conv4.update(0).vectorize(x, 16).unroll(r_conv4.x).parallel(y);
            iir2.compute_root().vectorize(x, 8).parallel(y);
            iir2.update(0).vectorize(y, 16);
            tr1.compute_root().vectorize(x, 16).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp192, rp_192)
