// Random pipeline (seed 21): 19 stages over tensor4d 16x16x64x2 float input.
// Steps: boundary, boundary, activation, binary, boundary, activation, binary, gather, binary, scan, slice.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp21 : public Generator<Rp21> {
public:
    Input<Buffer<float>> input{"input", 4};
    Input<Buffer<float>> input2{"input2", 4};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_iir9;
    Func in0{"in0"}, in1{"in1"}, act2{"act2"}, mx3{"mx3"}, pad4{"pad4"}, act5{"act5"};
    Func mx6{"mx6"}, warp7{"warp7"}, mn8{"mn8"}, iir9{"iir9"}, slice10{"slice10"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::constant_exterior(input, 0.0f)(x, y, c, n);
        in1(x, y, c, n) = BoundaryConditions::mirror_image(input2)(x, y, c, n);
        act2(x, y, c, n) = select(in1(x, y, c, n) > 0.0f, in1(x, y, c, n), in1(x, y, c, n) * 0.1f);
        mx3(x, y, c, n) = max(in0(x, y, c, n), in1(x, y, c, n));
        pad4(x, y, c, n) = BoundaryConditions::repeat_edge(mx3, {{0, 16}, {0, 16}, {0, 64}, {0, 2}})(x, y, c, n);
        act5(x, y, c, n) = select(pad4(x, y, c, n) > 0.0f, pad4(x, y, c, n), pad4(x, y, c, n) * 0.1f);
        mx6(x, y, c, n) = max(act5(x, y, c, n), act2(x, y, c, n));
        Expr warp7_sx = cast<float>(x) + in0(x, y, c, n) * 4.0f;
        Expr warp7_ix = clamp(cast<int32_t>(floor(warp7_sx)), 0, 14);
        Expr warp7_fx = clamp(warp7_sx - cast<float>(warp7_ix), 0.0f, 1.0f);
        warp7(x, y, c, n) = lerp(mx6(warp7_ix, y, c, n), mx6(warp7_ix + 1, y, c, n), warp7_fx);
        mn8(x, y, c, n) = min(warp7(x, y, c, n), mx6(x, y, c, n));
        r_iir9 = RDom(1, 15, "r_iir9");
        iir9(x, y, c, n) = mn8(x, y, c, n);
        iir9(x, r_iir9.x, c, n) = 0.8f * iir9(x, r_iir9.x - 1, c, n) + 0.2f * iir9(x, r_iir9.x, c, n);
        slice10(x, y, n) = iir9(x, y, 0, n);
        output(x, y, n) = slice10(x, y, n);
    }

    void schedule() {
        input.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});
        input2.set_estimates({{0, 16}, {0, 16}, {0, 64}, {0, 2}});
        output.set_estimates({{0, 16}, {0, 16}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            iir9.compute_root().vectorize(x, 8).parallel(c);
            iir9.update(0).vectorize(x, 8).parallel(c);
            warp7.compute_root().vectorize(x, 8).parallel(c);
            act5.compute_root().vectorize(x, 8).parallel(c);
            mx3.compute_at(act5, c).vectorize(x, 8);
            act2.compute_root().vectorize(x, 8).parallel(c);
            in1.compute_root().vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp21, rp_21)
