// Random pipeline (seed 249): 15 stages over tensor3d 56x56x16 uint8 input.
// Steps: boundary, reindex, all_to_all, binary, all_to_all, activation, activation, stencil, all_to_all.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp249 : public Generator<Rp249> {
public:
    Input<Buffer<uint8_t>> input{"input", 3};
    Input<Buffer<float>> w_mix2{"w_mix2", 2};
    Input<Buffer<float>> w_mix4{"w_mix4", 2};
    Output<Buffer<uint8_t>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_mix2, r_mix4, r_mm8;
    Func in0{"in0"}, shift1{"shift1"}, mix2{"mix2"}, avg3{"avg3"}, mix4{"mix4"}, act5{"act5"};
    Func act6{"act6"}, erode7{"erode7"}, mm8{"mm8"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        shift1(x, y, c) = in0(x + 4, y - 5, c);
        r_mix2 = RDom(0, 16, "r_mix2");
        mix2(x, y, c) = 0.0f;
        mix2(x, y, c) += (cast<float>(shift1(x, y, r_mix2.x)) * 0.003922f) * w_mix2(r_mix2.x, clamp(c, 0, 15));
        avg3(x, y, c) = (mix2(x, y, c) + (cast<float>(shift1(x, y, c)) * 0.003922f)) * 0.5f;
        r_mix4 = RDom(0, 16, "r_mix4");
        mix4(x, y, c) = 0.0f;
        mix4(x, y, c) += avg3(x, y, r_mix4.x) * w_mix4(r_mix4.x, clamp(c, 0, 15));
        act5(x, y, c) = max(mix4(x, y, c) - 0.25f, 0.0f);
        act6(x, y, c) = 1.0f / (1.0f + exp(-act5(x, y, c)));
        erode7(x, y, c) = min(min(min(min(act6(x, y, c), act6(x - 1, y, c)), act6(x + 1, y, c)), act6(x, y - 1, c)), act6(x, y + 1, c));
        r_mm8 = RDom(0, 56, "r_mm8");
        mm8(x, y, c) = 0.0f;
        mm8(x, y, c) += erode7(r_mm8.x, y, c) * (cast<float>((r_mm8.x + 2 * x) % 7) * 0.1f - 0.3f);
        output(x, y, c) = cast<uint8_t>(clamp(mm8(x, y, c) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 16}});
        w_mix2.set_estimates({{0, 16}, {0, 16}});
        w_mix4.set_estimates({{0, 16}, {0, 16}});
        output.set_estimates({{0, 56}, {0, 56}, {0, 16}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            mm8.compute_at(output, c).vectorize(x, 8);
            mm8.update(0).vectorize(x, 8);
            act6.compute_root().vectorize(x, 8).parallel(c);
            mix4.compute_root().vectorize(x, 8).parallel(c);
            mix4.update(0).vectorize(x, 8).parallel(c);
            avg3.compute_root().vectorize(x, 8).parallel(c);
            mix2.compute_root().vectorize(x, 8).parallel(c);
            mix2.update(0).vectorize(x, 8).parallel(c);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp249, rp_249)
