// upsample_downsample with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// One level of a Laplacian-style detail boost: 2x downsample with a [1 3 3 1]
// filter, 2x upsample with linear interpolation, and detail amplification.
#include "Halide.h"

using namespace Halide;

namespace {

class UpsampleDownsample : public Generator<UpsampleDownsample> {
public:
    GeneratorParam<bool> boost_detail{"boost_detail", true};
    GeneratorParam<float> detail_gain{"detail_gain", 1.5f};

    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, xi{"xi"}, yi{"yi"}, yo{"yo"};
    Func clamped{"clamped"}, down_x{"down_x"}, down_y{"down_y"}, up_x{"up_x"}, up_y{"up_y"};

    void generate() {
        clamped(x, y, c) = BoundaryConditions::repeat_edge(input)(x, y, c);

        down_x(x, y, c) = (clamped(2 * x - 1, y, c) + 3.0f * (clamped(2 * x, y, c) + clamped(2 * x + 1, y, c)) +
                           clamped(2 * x + 2, y, c)) / 8.0f;
        down_y(x, y, c) = (down_x(x, 2 * y - 1, c) + 3.0f * (down_x(x, 2 * y, c) + down_x(x, 2 * y + 1, c)) +
                           down_x(x, 2 * y + 2, c)) / 8.0f;

        up_x(x, y, c) = 0.25f * down_y((x / 2) - 1 + 2 * (x % 2), y, c) + 0.75f * down_y(x / 2, y, c);
        up_y(x, y, c) = 0.25f * up_x(x, (y / 2) - 1 + 2 * (y % 2), c) + 0.75f * up_x(x, y / 2, c);

        if (boost_detail) {
            output(x, y, c) = up_y(x, y, c) + detail_gain * (clamped(x, y, c) - up_y(x, y, c));
        } else {
            output(x, y, c) = up_y(x, y, c);
        }
    }

    void schedule() {
        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        output.set_estimates({{0, 768}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            output.split(y, yo, yi, 32).parallel(yo).vectorize(x, 8);
            down_y.compute_root().parallel(y, 16).vectorize(x, 8);
            down_x.compute_at(down_y, y).vectorize(x, 8);
            up_x.store_at(output, yo).compute_at(output, yi).vectorize(x, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(UpsampleDownsample, upsample_downsample)
