// Random pipeline (seed 13): 20 stages over tensor3d 56x56x64 float input.
// Steps: boundary, boundary, conv, reindex, binary, histogram, boundary, binary, histogram, lut, pointwise.
#include "Halide.h"

using namespace Halide;

namespace {

class Rp13 : public Generator<Rp13> {
public:
    Input<Buffer<float>> input{"input", 3};
    Input<Buffer<float>> input2{"input2", 2};
    Input<float> gain{"gain"};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"};
    RDom r_conv2, r_hist5, r_hist8;
    Func in0{"in0"}, in1{"in1"}, conv2{"conv2"}, shift3{"shift3"}, mn4{"mn4"}, hist5{"hist5"};
    Func pad6{"pad6"}, mul7{"mul7"}, hist8{"hist8"}, lut9{"lut9"}, pw10{"pw10"};

    void generate() {
        in0(x, y, c) = BoundaryConditions::mirror_interior(input)(x, y, c);
        in1(x, y) = BoundaryConditions::mirror_interior(input2)(x, y);
        r_conv2 = RDom(0, 3, 0, 3, "r_conv2");
        conv2(x, y) = 0.0f;
        conv2(x, y) += in1(x + r_conv2.x - 1, y + r_conv2.y - 1) * exp(-cast<float>((r_conv2.x - 1) * (r_conv2.x - 1) + (r_conv2.y - 1) * (r_conv2.y - 1)) * 0.8f);
        shift3(x, y) = conv2(x + 7, y - 8);
        mn4(x, y, c) = min(in0(x, y, c), shift3(x, y));
        r_hist5 = RDom(0, 56, 0, 56, 0, 64, "r_hist5");
        hist5(x) = 0;
        hist5(clamp(cast<int32_t>(mn4(r_hist5.x, r_hist5.y, r_hist5.z) * 127.0f), 0, 127)) += 1;
        pad6(x) = BoundaryConditions::repeat_edge(hist5, {{0, 128}})(x);
        mul7(x, y, c) = mn4(x, y, c) * (cast<float>(pad6(x * 16 / 7)) * 0.000977f);
        r_hist8 = RDom(0, 56, 0, 56, 0, 64, "r_hist8");
        hist8(x) = 0;
        hist8(clamp(cast<int32_t>(mul7(r_hist8.x, r_hist8.y, r_hist8.z) * 255.0f), 0, 255)) += 1;
        lut9(x, y, c) = (cast<float>(hist8(clamp(cast<int32_t>(mul7(x, y, c) * 255.0f), 0, 255))) * 0.000977f);
        pw10(x, y, c) = sin(lut9(x, y, c)) * 0.5f + 0.5f;
        output(x, y, c) = pw10(x, y, c) * gain;
    }

    void schedule() {
        input.set_estimates({{0, 56}, {0, 56}, {0, 64}});
        input2.set_estimates({{0, 56}, {0, 56}});
        gain.set_estimate(0.5f);
        output.set_estimates({{0, 56}, {0, 56}, {0, 64}});

        if (!auto_schedule) {
            output.vectorize(x, 8)
                .parallel(c);
            pw10.compute_at(output, c).vectorize(x, 8);
            lut9.compute_at(pw10, c).vectorize(x, 8);
            hist8.compute_root();
            pad6.compute_root().vectorize(x, 8);
            hist5.compute_root();
            conv2.compute_root().vectorize(x, 8).parallel(y);
            conv2.update(0).vectorize(x, 8).unroll(r_conv2.x).parallel(y);
            in1.compute_root().vectorize(x, 8).parallel(y);
            in0.compute_root().vectorize(x, 8).parallel(c);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Rp13, rp_13)
