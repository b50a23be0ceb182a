// sum_reduction with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// Per-row statistics (sum, sum of squares) of a 16-bit image via an RDom
// over x, with the reductions vectorized across rows.
#include "Halide.h"

using namespace Halide;

namespace {

class SumReduction : public Generator<SumReduction> {
public:
    GeneratorParam<Type> accum_type{"accum_type", Int(32)};

    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<float>> output{"output", 1};

    Var y{"y"}, yo{"yo"}, yi{"yi"};
    RDom r;
    Func row_sum{"row_sum"}, row_sq{"row_sq"};

    void generate() {
        r = RDom(0, input.width(), "r");
        row_sum(y) = cast(accum_type, 0);
        row_sum(y) += cast(accum_type, input(r.x, y));
        row_sq(y) = 0.0f;
        row_sq(y) += cast<float>(input(r.x, y)) * cast<float>(input(r.x, y));

        Expr n = cast<float>(input.width());
        Expr mean = cast<float>(row_sum(y)) / n;
        output(y) = sqrt(max(row_sq(y) / n - mean * mean, 0.0f)) + mean;
    }

    void schedule() {
        input.dim(0).set_estimate(0, 640);
        input.dim(1).set_estimate(0, 384);
        output.dim(0).set_estimate(0, 384);

        if (!auto_schedule) {
            output.split(y, yo, yi, 64).parallel(yo).vectorize(yi, 8);
            row_sum.compute_at(output, yo).vectorize(y, 8);
            row_sum.update(0).vectorize(y, 8);
            row_sq.compute_at(output, yo).vectorize(y, 8);
            row_sq.update(0).vectorize(y, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(SumReduction, sum_reduction)
