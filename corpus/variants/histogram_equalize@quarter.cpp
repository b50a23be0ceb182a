// histogram_equalize with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// Histogram equalization of an 8-bit grayscale image: per-strip partial
// histograms (parallel scatter), merged histogram, cumulative scan, LUT gather.
#include "Halide.h"

using namespace Halide;

namespace {

class HistogramEqualize : public Generator<HistogramEqualize> {
public:
    GeneratorParam<int> strips{"strips", 16};

    Input<Buffer<uint8_t>> input{"input", 2};
    Output<Buffer<uint8_t>> output{"output", 2};

    Var x{"x"}, y{"y"}, i{"i"}, s{"s"}, yo{"yo"}, yi{"yi"};
    Func partial{"partial"}, hist{"hist"}, cdf{"cdf"}, lut{"lut"};

    void generate() {
        const int num_strips = strips;
        Expr rows = (input.height() + num_strips - 1) / num_strips;
        RDom r(0, input.width(), 0, rows, "r");
        RDom rs(0, num_strips, "rs");
        RDom ri(1, 255, "ri");

        Expr row = s * rows + r.y;
        Expr pixel = input(r.x, min(row, input.height() - 1));
        partial(i, s) = 0;
        partial(cast<int32_t>(pixel), s) += select(row < input.height(), 1, 0);

        hist(i) = 0;
        hist(i) += partial(i, rs);

        cdf(i) = hist(i);
        cdf(ri) = cdf(ri - 1) + hist(ri);

        Expr lowest = cdf(0);
        Expr total = cdf(255);
        Expr scaled = cast<float>(cdf(i) - lowest) * 255.0f / cast<float>(max(total - lowest, 1));
        lut(i) = cast<uint8_t>(clamp(scaled + 0.5f, 0.0f, 255.0f));

        output(x, y) = lut(cast<int32_t>(input(x, y)));
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 2560}});
        output.set_estimates({{0, 384}, {0, 640}});

        if (!auto_schedule) {
            partial.compute_root().vectorize(i, 8);
            partial.update(0).parallel(s);
            hist.compute_root().vectorize(i, 8);
            hist.update(0).vectorize(i, 8);
            cdf.compute_root();
            lut.compute_root().vectorize(i, 16);
            output.split(y, yo, yi, 32).parallel(yo).vectorize(x, 32);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(HistogramEqualize, histogram_equalize)
