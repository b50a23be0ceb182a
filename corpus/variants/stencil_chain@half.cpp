// stencil_chain with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// A chain of successive 3x3 stencils on a 16-bit image (like Halide's
// stencil_chain app); the stages are a Func array built in a loop.
#include "Halide.h"

using namespace Halide;

namespace {

class StencilChain : public Generator<StencilChain> {
public:
    GeneratorParam<int> num_stages{"num_stages", 6};

    Input<Buffer<uint16_t>> input{"input", 2};
    Output<Buffer<uint16_t>> output{"output", 2};

    void generate() {
        Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
        const int S = num_stages;
        std::vector<Func> stage;
        for (int j = 0; j <= S; j++) {
            stage.push_back(Func("stage_" + std::to_string(j)));
        }

        stage[0](x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        for (int j = 1; j <= S; j++) {
            Expr acc = cast<uint32_t>(0);
            acc += cast<uint32_t>(stage[j - 1](x - 1, y - 1)) + cast<uint32_t>(stage[j - 1](x + 1, y - 1));
            acc += cast<uint32_t>(stage[j - 1](x - 1, y + 1)) + cast<uint32_t>(stage[j - 1](x + 1, y + 1));
            acc += 2 * (cast<uint32_t>(stage[j - 1](x, y - 1)) + cast<uint32_t>(stage[j - 1](x, y + 1)) +
                        cast<uint32_t>(stage[j - 1](x - 1, y)) + cast<uint32_t>(stage[j - 1](x + 1, y)));
            acc += 4 * cast<uint32_t>(stage[j - 1](x, y));
            stage[j](x, y) = cast<uint16_t>(acc >> 4);
        }
        output(x, y) = stage[S](x, y);

        input.set_estimates({{0, 768}, {0, 1280}});
        output.set_estimates({{0, 768}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 32)
                .fuse(xo, yo, xo)
                .parallel(xo)
                .vectorize(xi, 16);
            for (int j = 1; j < S; j++) {
                stage[j].compute_at(output, xo).vectorize(x, 16);
            }
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(StencilChain, stencil_chain)
