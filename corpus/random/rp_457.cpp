// Random pipeline (seed 457): 17 stages over image3d 1024x256x4 float input.
// Steps: boundary, histogram, pointwise, lut, reduction, pointwise, reindex, activation, cast, reindex, stencil, lut.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp457 : public Generator<Rp457> {
public:
    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 2};

    Var x{"x"}, y{"y"}, c{"c"}, xo{"xo"}, yo{"yo"}, xi{"xi"}, yi{"yi"};
    RDom r_hist1, r_rmax4;
    Func in0{"in0"}, hist1{"hist1"}, pw2{"pw2"}, lut3{"lut3"}, rmax4{"rmax4"}, pw5{"pw5"};
    Func flip6{"flip6"}, act7{"act7"}, cvt8{"cvt8"}, flip9{"flip9"}, lap10{"lap10"}, lut11{"lut11"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);
        r_hist1 = RDom(0, 1024, 0, 256, 0, 4, "r_hist1");
        hist1(x) = 0.0f;
        hist1(clamp(cast<int32_t>(in0(r_hist1.x, r_hist1.y, r_hist1.z) * 255.0f), 0, 255)) += in0(r_hist1.x, r_hist1.y, r_hist1.z);
        pw2(x) = tanh(hist1(x));
        lut3(x, y, c) = pw2(clamp(cast<int32_t>(in0(x, y, c) * 255.0f), 0, 255));
        r_rmax4 = RDom(1, 3, "r_rmax4");
        rmax4(x, y) = lut3(x, y, 0);
        rmax4(x, y) = max(rmax4(x, y), lut3(x, y, r_rmax4.x));
        pw5(x) = hist1(x) * hist1(x) * 0.5f - hist1(x);
        flip6(x) = pw5(255 - x);
        act7(x) = select(flip6(x) > 0.0f, flip6(x), flip6(x) * 0.1f);
        cvt8(x) = cast<uint8_t>(clamp(act7(x) * 255.0f, 0.0f, 255.0f));
        flip9(x) = cvt8(255 - x);
        lap10(x) = (cast<float>(flip9(x - 1)) * 0.003922f) + (cast<float>(flip9(x + 1)) * 0.003922f) - 2.0f * (cast<float>(flip9(x)) * 0.003922f);
        lut11(x, y) = lap10(clamp(cast<int32_t>(rmax4(x, y) * 255.0f), 0, 255));
        output(x, y) = lut11(x, y);
    }

    void schedule() {
        input.set_estimates({{0, 1024}, {0, 256}, {0, 4}});
        output.set_estimates({{0, 1024}, {0, 256}});

        if (!auto_schedule) {
            output.tile(x, y, xo, yo, xi, yi, 32, 8)
                .vectorize(xi, 16)
                .parallel(yo);
            lap10.compute_root().vectorize(x, 16);
            flip6.compute_root().vectorize(x, 8);
            rmax4.compute_root().vectorize(x, 16).parallel(y);
            rmax4.update(0).vectorize(x, 8).parallel(y);
            lut3.compute_root().vectorize(x, 8).parallel(c);
            pw2.compute_root().vectorize(x, 16);
            hist1.compute_root();
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp457, rp_457)
