// iir_blur with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// First-order IIR blur along columns of a float RGB image: a causal scan
// down the image followed by an anti-causal scan back up (RDom updates).
#include "Halide.h"

using namespace Halide;

namespace {

class IirBlur : public Generator<IirBlur> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<float> alpha{"alpha"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, xi{"xi"}, t{"t"};
    RDom ry, ryb;
    Func causal{"causal"}, anticausal{"anticausal"};

    void generate() {
        Expr h = input.height();
        ry = RDom(1, h - 1, "ry");
        ryb = RDom(1, h - 1, "ryb");

        causal(x, y, c) = input(x, y, c);
        causal(x, ry, c) = (1.0f - alpha) * causal(x, ry - 1, c) + alpha * input(x, ry, c);

        Expr yb = h - 1 - ryb;
        anticausal(x, y, c) = causal(x, y, c);
        anticausal(x, yb, c) = (1.0f - alpha) * anticausal(x, yb + 1, c) + alpha * causal(x, yb, c);

        output(x, y, c) = anticausal(x, y, c);
    }

    void schedule() {
        input.dim(0).set_estimate(0, 384);
        input.dim(1).set_estimate(0, 640);
        input.dim(2).set_estimate(0, 3);
        alpha.set_estimate(0.1f);
        output.dim(0).set_estimate(0, 384);
        output.dim(1).set_estimate(0, 640);
        output.dim(2).set_estimate(0, 3);

        if (!auto_schedule) {
            output.split(x, xo, xi, 64)
                .reorder(xi, y, xo, c)
                .fuse(xo, c, t)
                .parallel(t)
                .vectorize(xi, 8);
            anticausal.compute_at(output, t).vectorize(x, 8);
            anticausal.update(0).vectorize(x, 8);
            causal.compute_at(output, t).vectorize(x, 8);
            causal.update(0).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(IirBlur, iir_blur)
