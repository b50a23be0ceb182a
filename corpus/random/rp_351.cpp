// Random pipeline (seed 351): 19 stages over image3d 512x768x4 uint16 input.
// Steps: boundary, conv, activation, reduction, binary, scan, upsample, boundary, binary, upsample.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp351 : public Generator<Rp351> {
public:
    Input<Buffer<uint16_t>> input{"input", 3};
    Output<Buffer<uint16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_conv1, r_rmax3, r_iir5;
    Func in0{"in0"}, conv1{"conv1"}, relu2{"relu2"}, rmax3{"rmax3"}, add4{"add4"}, iir5{"iir5"};
    Func up6_x{"up6_x"}, up6_y{"up6_y"}, pad7{"pad7"}, mx8{"mx8"}, up9{"up9"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::constant_exterior(input, cast<uint16_t>(0))(x, y, c);
        r_conv1 = RDom(0, 5, 0, 5, "r_conv1");
        conv1(x, y, c) = 0.0f;
        conv1(x, y, c) += (cast<float>(in0(x + r_conv1.x - 2, y + r_conv1.y - 2, c)) * 0.000015f) * exp(-cast<float>((r_conv1.x - 2) * (r_conv1.x - 2) + (r_conv1.y - 2) * (r_conv1.y - 2)) * 0.8f);
        relu2(x, y, c) = max(conv1(x, y, c), 0.0f);
        r_rmax3 = RDom(1, 511, "r_rmax3");
        rmax3(y, c) = relu2(0, y, c);
        rmax3(y, c) = max(rmax3(y, c), relu2(r_rmax3.x, y, c));
        add4(x, y, c) = (cast<float>(in0(x, y, c)) * 0.000015f) + rmax3(y, c);
        r_iir5 = RDom(1, 511, "r_iir5");
        iir5(x, y, c) = add4(x, y, c);
        iir5(r_iir5.x, y, c) = 0.5f * iir5(r_iir5.x - 1, y, c) + 0.5f * iir5(r_iir5.x, y, c);
        up6_x(x, y, c) = 0.25f * iir5((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * iir5(x / 2, y, c);
        up6_y(x, y, c) = 0.25f * up6_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up6_x(x, y / 2, c);
        pad7(y, c) = BoundaryConditions::repeat_edge(rmax3, {{0, 768}, {0, 4}})(y, c);
        mx8(x, y, c) = max(up6_y(x, y, c), pad7(y / 2, c));
        Expr up9_fx = cast<float>(x % 2) * 0.5f;
        Expr up9_fy = cast<float>(y % 2) * 0.5f;
        up9(x, y, c) = lerp(lerp(mx8(x / 2, y / 2, c), mx8(x / 2 + 1, y / 2, c), up9_fx), lerp(mx8(x / 2, y / 2 + 1, c), mx8(x / 2 + 1, y / 2 + 1, c), up9_fx), up9_fy);
        output(x, y, c) = cast<uint16_t>(clamp(up9(x, y, c) * 65535.0f, 0.0f, 65535.0f));
    }

    void schedule() {
        input.set_estimates({{0, 512}, {0, 768}, {0, 4}});
        output.set_estimates({{0, 2048}, {0, 3072}, {0, 4}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 256, 8)
                .vectorize(xi, 8)
                .parallel(yo);
            up9.compute_at(output, yo).vectorize(x, 16);
            mx8.compute_at(up9, c).vectorize(x, 8);
            up6_y.compute_at(mx8, c).vectorize(x, 8);
            up6_x.compute_at(up6_y, y).vectorize(x, 8);
            iir5.compute_root().vectorize(x, 8).parallel(c);
            iir5.update(0).vectorize(y, 8);
            rmax3.compute_root().parallel(c);
            rmax3.update(0).vectorize(y, 8);
            conv1.compute_root().vectorize(x, 8).parallel(c);
            conv1.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp351, rp_351)
