// Single-precision GEMM: output = alpha * A * B + beta * C, 1024^3, with a
// register-blocked, vectorized, parallel hand schedule (no rfactor).
#include "Halide.h"

using namespace Halide;

namespace {

class Matmul : public Generator<Matmul> {
public:
    GeneratorParam<int> size{"size", 1024};

    Input<Buffer<float>> A{"A", 2};
    Input<Buffer<float>> B{"B", 2};
    Input<Buffer<float>> C{"C", 2};
    Input<float> alpha{"alpha"};
    Input<float> beta{"beta"};
    Output<Buffer<float>> output{"output", 2};

    Var j{"j"}, i{"i"}, jo{"jo"}, io{"io"}, ji{"ji"}, ii{"ii"};
    RDom k;
    Func prod{"prod"};

    void generate() {
        k = RDom(0, A.width(), "k");
        prod(j, i) = 0.0f;
        prod(j, i) += A(k, i) * B(j, k);
        output(j, i) = alpha * prod(j, i) + beta * C(j, i);
    }

    void schedule() {
        const int N = size;
        A.set_estimates({{0, N}, {0, N}});
        B.set_estimates({{0, N}, {0, N}});
        C.set_estimates({{0, N}, {0, N}});
        alpha.set_estimate(1.0f);
        beta.set_estimate(1.0f);
        output.set_estimates({{0, N}, {0, N}});

        if (!auto_schedule) {
            output.tile(j, i, jo, io, ji, ii, 32, 8)
                .reorder(ji, ii, jo, io)
                .vectorize(ji, 8)
                .unroll(ii)
                .parallel(io);
            prod.compute_at(output, jo).vectorize(j, 8).unroll(i);
            prod.update(0)
                .reorder(j, i, k)
                .vectorize(j, 8)
                .unroll(j)
                .unroll(i);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Matmul, matmul)
