// Transformer layer normalization over the hidden dimension (BERT-base sizes):
// mean and variance reductions per token, then scale and shift.
#include "Halide.h"

using namespace Halide;

namespace {

class LayerNorm : public Generator<LayerNorm> {
public:
    GeneratorParam<int> hidden{"hidden", 768};
    GeneratorParam<int> tokens{"tokens", 512};
    GeneratorParam<float> epsilon{"epsilon", 1e-5f};

    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> gamma{"gamma", 1};
    Input<Buffer<float>> beta{"beta", 1};
    Output<Buffer<float>> output{"output", 2};

    Var h{"h"}, t{"t"}, to{"to"}, ti{"ti"};
    RDom r;
    Func sum_x{"sum_x"}, mean{"mean"}, centered{"centered"}, sum_sq{"sum_sq"}, inv_std{"inv_std"};

    void generate() {
        r = RDom(0, input.dim(0).extent(), "r");
        Expr count = cast<float>(input.dim(0).extent());

        sum_x(t) = 0.0f;
        sum_x(t) += input(r, t);
        mean(t) = sum_x(t) / count;
        centered(h, t) = input(h, t) - mean(t);
        sum_sq(t) = 0.0f;
        sum_sq(t) += centered(r, t) * centered(r, t);
        inv_std(t) = 1.0f / sqrt(sum_sq(t) / count + epsilon);
        output(h, t) = centered(h, t) * inv_std(t) * gamma(h) + beta(h);
    }

    void schedule() {
        input.dim(0).set_estimate(0, hidden);
        input.dim(1).set_estimate(0, tokens);
        gamma.dim(0).set_estimate(0, hidden);
        beta.dim(0).set_estimate(0, hidden);
        output.dim(0).set_estimate(0, hidden);
        output.dim(1).set_estimate(0, tokens);

        if (!auto_schedule) {
            output.split(t, to, ti, 4).parallel(to).vectorize(h, 8);
            sum_x.compute_at(output, ti);
            mean.compute_at(output, ti);
            centered.compute_at(output, ti).vectorize(h, 8);
            sum_sq.compute_at(output, ti);
            inv_std.compute_at(output, ti);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(LayerNorm, layer_norm)
