// Random pipeline (seed 60): 14 stages over tensor3d 16x16x24 float input.
// Steps: boundary, boundary, binary, histogram, activation, scan, conv, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp60 : public Generator<Rp60> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<Buffer<float>> w_dw6{"w_dw6", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist3, r_cumsum5, r_dw6;
    Func in0{"in0"}, in1{"in1"}, mx2{"mx2"}, hist3{"hist3"}, act4{"act4"}, cumsum5{"cumsum5"};
    Func dw6{"dw6"}, pw7{"pw7"};

    void generate() {
        in0(x, y, c) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1), c);
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        mx2(x, y, c) = max(in0(x, y, c), in1(x, y));
        r_hist3 = RDom(0, 16, 0, 16, 0, 24, "r_hist3");
        hist3(x) = 0;
        hist3(clamp(cast<int32_t>(mx2(r_hist3.x, r_hist3.y, r_hist3.z) * 127.0f), 0, 127)) += 1;
        act4(x) = max((cast<float>(hist3(x)) * 0.000977f) - 0.25f, 0.0f);
        r_cumsum5 = RDom(1, 127, "r_cumsum5");
        cumsum5(x) = act4(x);
        cumsum5(r_cumsum5.x) = cumsum5(r_cumsum5.x - 1) + cumsum5(r_cumsum5.x);
        r_dw6 = RDom(0, 3, 0, 3, "r_dw6");
        dw6(x, y, c) = 0.0f;
        dw6(x, y, c) += mx2(x + r_dw6.x - 1, y + r_dw6.y - 1, c) * w_dw6(r_dw6.x, r_dw6.y, c);
        pw7(x) = log(abs(cumsum5(x)) + 1.0f);
        output(x, y, c) = (pw7(x) + dw6(x / 8, y, c)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 24}});
        input2.set_estimates({{0, 16}, {0, 16}});
        w_dw6.set_estimates({{0, 3}, {0, 3}, {0, 24}});
        output.set_estimates({{0, 128}, {0, 16}, {0, 24}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            pw7.compute_root().vectorize(x, 16);
            dw6.compute_root().vectorize(x, 8).parallel(c);
            dw6.update(0).vectorize(x, 8);
            cumsum5.compute_root();
            act4.compute_root().vectorize(x, 16);
            hist3.compute_root();
            mx2.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_at(mx2, c).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp60, rp_60)
