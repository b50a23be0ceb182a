// Random pipeline (seed 521): 19 stages over image2d 3072x1536 float input.
// Steps: boundary, boundary, histogram, reduction, reindex, activation, stencil, lut, lut, binary, stencil, reduction.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp521 : public Generator<Rp521> {
public:
    Input<Buffer<float>> input{"input", 2};
    Input<Buffer<float>> input2{"input2", 2};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"};
    RDom r_hist2, r_red3, r_red11;
    Func in0{"in0"}, in1{"in1"}, hist2{"hist2"}, red3{"red3"}, flip4{"flip4"}, act5{"act5"};
    Func dilate6{"dilate6"}, lut7{"lut7"}, lut8{"lut8"}, mx9{"mx9"}, box10{"box10"}, red11{"red11"};

    void generate() {
        in0(x, y) = input(clamp(x, 0, input.dim(0).extent() - 1), clamp(y, 0, input.dim(1).extent() - 1));
        in1(x, y) = BoundaryConditions::repeat_edge(input2)(x, y);
        r_hist2 = RDom(0, 3072, 0, 1536, "r_hist2");
        hist2(x) = 0;
        hist2(clamp(cast<int32_t>(in1(r_hist2.x, r_hist2.y) * 255.0f), 0, 255)) += 1;
        r_red3 = RDom(0, 1536, "r_red3");
        red3(x) = maximum(in0(x, r_red3.x));
        flip4(x) = red3(3071 - x);
        act5(x) = max(flip4(x) - 0.25f, 0.0f);
        dilate6(x) = max(max(act5(x), act5(x - 1)), act5(x + 1));
        lut7(x) = dilate6(clamp(cast<int32_t>(act5(x) * 3071.0f), 0, 3071));
        lut8(x) = (cast<float>(hist2(clamp(cast<int32_t>(lut7(x) * 255.0f), 0, 255))) * 0.000977f);
        mx9(x) = max(lut8(x), lut7(x));
        box10(x) = (mx9(x - 1) + mx9(x) + mx9(x + 1)) * 0.333333f;
        r_red11 = RDom(0, 3072, "r_red11");
        red11(y) = 0.0f;
        red11(y) += in0(r_red11.x, y);
        output(x, y) = (red11(y) + box10(x)) * 0.5f;
    }

    void schedule() {
        input.set_estimates({{0, 3072}, {0, 1536}});
        input2.set_estimates({{0, 3072}, {0, 1536}});
        output.set_estimates({{0, 3072}, {0, 1536}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(y);
            red11.compute_root().parallel(y);
            red11.update(0).vectorize(y, 8);
            box10.compute_at(output, y).vectorize(x, 8);
            dilate6.compute_root().vectorize(x, 16);
            act5.compute_root().vectorize(x, 8);
            red3.compute_root().vectorize(x, 8);
            hist2.compute_root();
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp521, rp_521)
