// interpolate with its large estimates scaled by 0.25 (halide-lens collect writes this file)
// Multi-scale push-pull interpolation of an RGBA image with sparse alpha
// (like Halide's interpolate app): premultiplied downsampling pyramid, then
// upsample and composite level by level, then un-premultiply.
#include "Halide.h"

using namespace Halide;

namespace {

class Interpolate : public Generator<Interpolate> {
public:
    GeneratorParam<int> levels{"levels", 10};

    Input<Buffer<float>> input{"input", 3};
    Output<Buffer<float>> output{"output", 3};

    Var x{"x"}, y{"y"}, c{"c"}, yo{"yo"}, yi{"yi"}, xo{"xo"}, xi{"xi"};
    Func clamped{"clamped"}, normalize{"normalize"};
    std::vector<Func> downsampled, downx, interpolated, upsampled, upsampledx;

    void generate() {
        const int L = levels;
        for (int l = 0; l < L; l++) {
            downsampled.push_back(Func("downsampled_" + std::to_string(l)));
            downx.push_back(Func("downx_" + std::to_string(l)));
            interpolated.push_back(Func("interpolated_" + std::to_string(l)));
            upsampled.push_back(Func("upsampled_" + std::to_string(l)));
            upsampledx.push_back(Func("upsampledx_" + std::to_string(l)));
        }

        clamped(x, y, c) = input(clamp(x, 0, input.width() - 1), clamp(y, 0, input.height() - 1), c);
        downsampled[0](x, y, c) = select(c < 3, clamped(x, y, c) * clamped(x, y, 3), clamped(x, y, 3));

        for (int l = 1; l < L; l++) {
            downx[l](x, y, c) = (downsampled[l - 1](2 * x - 1, y, c) + 2.0f * downsampled[l - 1](2 * x, y, c) +
                                 downsampled[l - 1](2 * x + 1, y, c)) * 0.25f;
            downsampled[l](x, y, c) = (downx[l](x, 2 * y - 1, c) + 2.0f * downx[l](x, 2 * y, c) +
                                       downx[l](x, 2 * y + 1, c)) * 0.25f;
        }

        interpolated[L - 1](x, y, c) = downsampled[L - 1](x, y, c);
        for (int l = L - 2; l >= 0; l--) {
            upsampledx[l](x, y, c) = (interpolated[l + 1](x / 2, y, c) + interpolated[l + 1]((x + 1) / 2, y, c)) / 2.0f;
            upsampled[l](x, y, c) = (upsampledx[l](x, y / 2, c) + upsampledx[l](x, (y + 1) / 2, c)) / 2.0f;
            interpolated[l](x, y, c) = downsampled[l](x, y, c) + (1.0f - downsampled[l](x, y, 3)) * upsampled[l](x, y, c);
        }

        normalize(x, y, c) = interpolated[0](x, y, c) / interpolated[0](x, y, 3);
        output(x, y, c) = normalize(x, y, c);
    }

    void schedule() {
        input.set_estimates({{0, 1536}, {0, 2560}, {0, 4}});
        output.set_estimates({{0, 384}, {0, 640}, {0, 3}});

        if (!auto_schedule) {
            const int L = levels;
            for (int l = 1; l < L; l++) {
                downsampled[l].compute_root().bound(c, 0, 4).reorder(c, x, y).unroll(c);
                if (l < 4) {
                    downsampled[l].parallel(y, 8).vectorize(x, 8);
                }
                downx[l].compute_at(downsampled[l], y).reorder(c, x, y).unroll(c).vectorize(x, 8);
                interpolated[l].compute_root().bound(c, 0, 4).reorder(c, x, y).unroll(c);
                if (l < 4) {
                    interpolated[l].parallel(y, 8).vectorize(x, 8);
                }
            }
            output.reorder(c, x, y).bound(c, 0, 3).unroll(c)
                .tile(x, y, xo, yo, xi, yi, 64, 32)
                .parallel(yo)
                .vectorize(xi, 8);
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(Interpolate, interpolate)
