// Random pipeline (seed 368): 7 stages over image2d 1280x1280 float input.
// Steps: boundary, pointwise, activation, reindex.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp368 : public Generator<Rp368> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    Func in0{"in0"}, pw1{"pw1"}, act2{"act2"}, flip3{"flip3"};

    void generate() {
        in0(x, y) = BoundaryConditions::mirror_image(input)(x, y);
        pw1(x, y) = in0(x, y) / (1.0f + abs(in0(x, y)));
        act2(x, y) = clamp(pw1(x, y) * 6.0f, 0.0f, 6.0f);
        flip3(x, y) = act2(1279 - x, y);
        output(x, y) = flip3(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1280}, {0, 1280}});
        output.set_estimates({{0, 1280}, {0, 1280}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            flip3.compute_at(output, y).vectorize(x, 8);
            act2.compute_root().vectorize(x, 16).parallel(y);
            pw1.compute_at(act2, y).vectorize(x, 16);
            in0.compute_at(pw1, y).vectorize(x, 16);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp368, rp_368)
