// Random pipeline (seed 144): 17 stages over tensor3d 16x16x8 int16 input.
// Steps: boundary, conv, activation, binary, activation, scan, pointwise, activation, reduction, cast, cast.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp144 : public Generator<Rp144> {
public:
    Input<Buffer<int16_t>> input{"input", 3};
    Input<Buffer<float>> w_dw1{"w_dw1", 3};
    Output<Buffer<int16_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_dw1, r_cumsum5, r_red8;
    Func in0{"in0"}, dw1{"dw1"}, relu2{"relu2"}, diff3{"diff3"}, act4{"act4"}, cumsum5{"cumsum5"};
    Func pw6{"pw6"}, act7{"act7"}, red8{"red8"}, cvt9{"cvt9"}, cvt10{"cvt10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_image(input)(x, y, c);
        r_dw1 = RDom(0, 3, 0, 3, "r_dw1");
        dw1(x, y, c) = 0.0f;
        dw1(x, y, c) += (cast<float>(in0(x + r_dw1.x - 1, y + r_dw1.y - 1, c)) * 0.000031f) * w_dw1(r_dw1.x, r_dw1.y, c);
        relu2(x, y, c) = max(dw1(x, y, c), 0.0f);
        diff3(x, y, c) = absd(dw1(x, y, c), relu2(x, y, c));
        act4(x, y, c) = max(diff3(x, y, c) - 0.25f, 0.0f);
        r_cumsum5 = RDom(1, 15, "r_cumsum5");
        cumsum5(x, y, c) = act4(x, y, c);
        cumsum5(r_cumsum5.x, y, c) = cumsum5(r_cumsum5.x - 1, y, c) + cumsum5(r_cumsum5.x, y, c);
        pw6(x, y, c) = log(abs(cumsum5(x, y, c)) + 1.0f);
        act7(x, y, c) = log(1.0f + exp(pw6(x, y, c)));
        r_red8 = RDom(0, 16, "r_red8");
        red8(y, c) = 0.0f;
        red8(y, c) += cumsum5(r_red8.x, y, c);
        cvt9(y, c) = cast<int16_t>(clamp(red8(y, c) * 32767.0f, -32768.0f, 32767.0f));
        cvt10(y, c) = saturating_cast<int32_t>(cvt9(y, c));
        output(x, y, c) = cast<int16_t>(clamp(((cast<float>(cvt10(y, c)) * 0.000977f) + act7(x, y, c)) * 0.5f * 32767.0f, -32768.0f, 32767.0f));
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 8}});
        w_dw1.set_estimates({{0, 3}, {0, 3}, {0, 8}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 8}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            cvt10.compute_at(output, c);
            red8.compute_root().parallel(c);
            red8.update(0).vectorize(y, 8).parallel(c);
            cumsum5.compute_root().vectorize(x, 8).parallel(c);
            cumsum5.update(0).vectorize(y, 8).parallel(c);
            relu2.compute_root().vectorize(x, 8).parallel(c);
            dw1.compute_root().vectorize(x, 8).parallel(c);
            dw1.update(0).vectorize(x, 8).unroll(r_dw1.x).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp144, rp_144)
