// softmax with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Numerically stable softmax over the class dimension of a batch of logits:
// max reduction, exponentials, sum reduction, normalization.
#include "Halide.h"

using namespace Halide;

namespace {

class Softmax : public Generator<Softmax> {
public:
    Input<Buffer<float>> input{"input", 2};
    Output<Buffer<float>> output{"output", 2};

    void generate() {
        Var c{"c"}, n{"n"};
        RDom r(0, input.width(), "r");
        Func max_logit{"max_logit"}, exps{"exps"}, sum_exp{"sum_exp"}, inv_sum{"inv_sum"};

        max_logit(n) = -1e30f;
        max_logit(n) = max(max_logit(n), input(r, n));
        exps(c, n) = exp(input(c, n) - max_logit(n));
        sum_exp(n) = 0.0f;
        sum_exp(n) += exps(r, n);
        inv_sum(n) = 1.0f / sum_exp(n);
        output(c, n) = exps(c, n) * inv_sum(n);

        input.set_estimates({{0, 500}, {0, 256}});
        output.set_estimates({{0, 500}, {0, 256}});

        if (!auto_schedule) {
            output.parallel(n).vectorize(c, 8);
            max_logit.compute_at(output, n);
            exps.compute_at(output, n).vectorize(c, 8);
            sum_exp.compute_at(output, n);
            inv_sum.compute_at(output, n);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Softmax, softmax)
