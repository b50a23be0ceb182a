// Random pipeline (seed 66): 8 stages over tensor4d 28x28x32x2 float input.
// Steps: boundary, histogram, binary, transpose.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp66 : public Generator<Rp66> {
public:
    Input<Buffer<float>> input{"input", 4};
    Output<Buffer<float>> output{"output", 4};

    Var x{"x"}, y{"y"}, c{"c"}, n{"n"};
    RDom r_hist1;
    Func in0{"in0"}, hist1{"hist1"}, diff2{"diff2"}, tr3{"tr3"};

    void generate() {
        in0(x, y, c, n) = BoundaryConditions::repeat_edge(input)(x, y, c, n);
        r_hist1 = RDom(0, 28, 0, 28, 0, 32, 0, 2, "r_hist1");
        hist1(x) = 0.0f;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y, r_hist1.z, r_hist1.w) * 255.0f), 0, 255)) += in0(r_hist1.x, r_hist1.y, r_hist1.z, r_hist1.w);
        diff2(x, y, c, n) = absd(in0(x, y, c, n), hist1(x * 64 / 7));
        tr3(x, y, c, n) = diff2(y, x, c, n);
        output(x, y, c, n) = tr3(x, y, c, n);
    }

    void schedule() {
        input.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 2}});
        output.set_estimates({{0, 28}, {0, 28}, {0, 32}, {0, 2}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(n);
            tr3.compute_root().vectorize(x, 8).parallel(c);
            hist1.compute_root().vectorize(x, 16);
            hist1.update(0).unroll(r_hist1.w);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp66, rp_66)
