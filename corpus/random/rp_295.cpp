// Random pipeline (seed 295): 14 stages over image2d 384x1280 uint8 input.
// Steps: boundary, reindex, binary, cast, reduction, binary, boundary, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp295 : public Generator<Rp295> {
public:
    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_red4;
    Func in0{"in0"}, shift1{"shift1"}, mn2{"mn2"}, cvt3{"cvt3"}, red4{"red4"}, blend5{"blend5"};
    Func pad6{"pad6"}, pw7{"pw7"};

    void generate() {
        in0(x, y) = BoundaryConditions::repeat_edge(input)(x, y);
        shift1(x, y) = in0(x + 5, y - 5);
        mn2(x, y) = min(shift1(x, y), in0(x, y));
        cvt3(x, y) = (cast<float>(mn2(x, y)) * 0.003922f);
        r_red4 = RDom(0, 384, "r_red4");
        red4(y) = 0.0f;
        red4(y) += cvt3(r_red4.x, y);
        blend5(x, y) = lerp(cvt3(x, y), red4(y), 0.3f);
        pad6(x, y) = BoundaryConditions::constant_exterior(blend5, 0.0f, {{0, 384}, {0, 1280}})(x, y);
        pw7(x, y) = pad6(x, y) / (1.0f + abs(pad6(x, y)));
        output(x, y) = cast<uint8_t>(clamp(pw7(x, y) * 255.0f, 0.0f, 255.0f));
    }

    void schedule() {
        input.set_estimates({{0, 384}, {0, 1280}});
        output.set_estimates({{0, 384}, {0, 1280}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 128, 16)
                .vectorize(xi, 16)
                .parallel(yo);
            pw7.compute_at(output, yo).vectorize(x, 8);
            red4.compute_root().parallel(y);
            red4.update(0).vectorize(y, 16);
            shift1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(y);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp295, rp_295)
