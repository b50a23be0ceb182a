// Random pipeline (seed 177): 10 stages over tensor3d 112x112x32 int16 input.
// Steps: boundary, conv, pointwise, binary, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp177 : public Generator<Rp177> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<Buffer<float>> w_dw1{"w_dw1", 3};
    Input<Buffer<float>> w_mix4{"w_mix4", 2};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_dw1, r_mix4;
    Func in0{"in0"}, dw1{"dw1"}, pw2{"pw2"}, add3{"add3"}, mix4{"mix4"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        r_dw1 = RDom(0, 5, 0, 5, "r_dw1");
        dw1(x, y, c) = 0.0f;
        dw1(x, y, c) += (cast<float>(in0(x + r_dw1.x - 2, y + r_dw1.y - 2, c)) * 0.000031f) * w_dw1(r_dw1.x, r_dw1.y, c);
        pw2(x, y, c) = sqrt(abs(dw1(x, y, c)) + 1.0f);
        add3(x, y, c) = pw2(x, y, c) + (cast<float>(in0(x, y, c)) * 0.000031f);
        r_mix4 = RDom(0, 32, "r_mix4");
        mix4(x, y, c) = 0.0f;
        mix4(x, y, c) += add3(x, y, r_mix4.x) * w_mix4(r_mix4.x, clamp(c, 0, 31));
        output(x, y, c) = cast<int16_t>(clamp(mix4(x, y, c) * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 112}, {0, 112}, {0, 32}});
        w_dw1.set_estimates({{0, 5}, {0, 5}, {0, 32}});
        w_mix4.set_estimates({{0, 32}, {0, 32}});
        output.set_estimates({{0, 112}, {0, 112}, {0, 32}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 64, 32)
                .vectorize(xi, 8)
                .parallel(yo);
            mix4.compute_at(output, c).vectorize(x, 16);
            mix4.update(0).vectorize(x, 8);
            pw2.compute_root().vectorize(x, 16).parallel(c);
            dw1.compute_at(pw2, y).vectorize(x, 16);
            dw1.update(0).vectorize(x, 16).unroll(r_dw1.x);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp177, rp_177)
