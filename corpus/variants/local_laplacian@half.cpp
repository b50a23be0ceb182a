// local_laplacian with its large estimates scaled by 0.5 (halide-lens collect writes this file)
// Local Laplacian filter (detail/tone manipulation) on a 16-bit RGB image.
// Gaussian and Laplacian pyramids are built in loops over pyramid_levels;
// the processed pyramid indexes a remapping LUT with data-dependent levels.
#include "Halide.h"

using namespace Halide;

namespace {

class LocalLaplacian : public Generator<LocalLaplacian> {
public:
    GeneratorParam<int> pyramid_levels{"pyramid_levels", 8};

    Input<Buffer<uint16_t>> input{"input", 3};
    Input<int32_t> levels{"levels"};
    Input<float> alpha{"alpha"};
    Input<float> beta{"beta"};
    Output<Buffer<uint16_t>> output{"output", 3};

    void generate() {
        Var x{"x"}, y{"y"}, c{"c"}, k{"k"}, yo{"yo"}, yi{"yi"};
        const int J = pyramid_levels;

        Func floating{"floating"}, clamped{"clamped"}, gray{"gray"}, remap{"remap"}, color{"color"};
        std::vector<Func> gPyramid, gDownX, lPyramid, lUpX, lUpY, inGPyramid, inDownX;
        std::vector<Func> outLPyramid, outGPyramid, outUpX, outUpY;
        for (int j = 0; j < J; j++) {
            gPyramid.push_back(Func("gPyramid_" + std::to_string(j)));
            gDownX.push_back(Func("gDownX_" + std::to_string(j)));
            lPyramid.push_back(Func("lPyramid_" + std::to_string(j)));
            lUpX.push_back(Func("lUpX_" + std::to_string(j)));
            lUpY.push_back(Func("lUpY_" + std::to_string(j)));
            inGPyramid.push_back(Func("inGPyramid_" + std::to_string(j)));
            inDownX.push_back(Func("inDownX_" + std::to_string(j)));
            outLPyramid.push_back(Func("outLPyramid_" + std::to_string(j)));
            outGPyramid.push_back(Func("outGPyramid_" + std::to_string(j)));
            outUpX.push_back(Func("outUpX_" + std::to_string(j)));
            outUpY.push_back(Func("outUpY_" + std::to_string(j)));
        }

        floating(x, y, c) = cast<float>(input(x, y, c)) / 65535.0f;
        clamped(x, y, c) = floating(clamp(x, 0, input.width() - 1), clamp(y, 0, input.height() - 1), c);
        gray(x, y) = 0.299f * clamped(x, y, 0) + 0.587f * clamped(x, y, 1) + 0.114f * clamped(x, y, 2);

        Expr fx = cast<float>(x) / 256.0f;
        remap(x) = alpha * fx * exp(-fx * fx / 2.0f);

        Expr level = k * (1.0f / (levels - 1));
        Expr idx = clamp(cast<int32_t>(gray(x, y) * cast<float>(levels - 1) * 256.0f), 0, (levels - 1) * 256);
        gPyramid[0](x, y, k) = beta * (gray(x, y) - level) + level + remap(idx - 256 * k);
        inGPyramid[0](x, y) = gray(x, y);

        for (int j = 1; j < J; j++) {
            gDownX[j](x, y, k) = (gPyramid[j - 1](2 * x - 1, y, k) +
                                  3.0f * (gPyramid[j - 1](2 * x, y, k) + gPyramid[j - 1](2 * x + 1, y, k)) +
                                  gPyramid[j - 1](2 * x + 2, y, k)) / 8.0f;
            gPyramid[j](x, y, k) = (gDownX[j](x, 2 * y - 1, k) +
                                    3.0f * (gDownX[j](x, 2 * y, k) + gDownX[j](x, 2 * y + 1, k)) +
                                    gDownX[j](x, 2 * y + 2, k)) / 8.0f;
            inDownX[j](x, y) = (inGPyramid[j - 1](2 * x - 1, y) +
                                3.0f * (inGPyramid[j - 1](2 * x, y) + inGPyramid[j - 1](2 * x + 1, y)) +
                                inGPyramid[j - 1](2 * x + 2, y)) / 8.0f;
            inGPyramid[j](x, y) = (inDownX[j](x, 2 * y - 1) +
                                   3.0f * (inDownX[j](x, 2 * y) + inDownX[j](x, 2 * y + 1)) +
                                   inDownX[j](x, 2 * y + 2)) / 8.0f;
        }

        lPyramid[J - 1](x, y, k) = gPyramid[J - 1](x, y, k);
        for (int j = J - 2; j >= 0; j--) {
            lUpX[j](x, y, k) = 0.25f * gPyramid[j + 1]((x / 2) - 1 + 2 * (x % 2), y, k) +
                               0.75f * gPyramid[j + 1](x / 2, y, k);
            lUpY[j](x, y, k) = 0.25f * lUpX[j](x, (y / 2) - 1 + 2 * (y % 2), k) + 0.75f * lUpX[j](x, y / 2, k);
            lPyramid[j](x, y, k) = gPyramid[j](x, y, k) - lUpY[j](x, y, k);
        }

        for (int j = 0; j < J; j++) {
            Expr lv = inGPyramid[j](x, y) * cast<float>(levels - 1);
            Expr li = clamp(cast<int32_t>(lv), 0, levels - 2);
            Expr lf = lv - cast<float>(li);
            outLPyramid[j](x, y) = (1.0f - lf) * lPyramid[j](x, y, li) + lf * lPyramid[j](x, y, li + 1);
        }

        outGPyramid[J - 1](x, y) = outLPyramid[J - 1](x, y);
        for (int j = J - 2; j >= 0; j--) {
            outUpX[j](x, y) = 0.25f * outGPyramid[j + 1]((x / 2) - 1 + 2 * (x % 2), y) +
                              0.75f * outGPyramid[j + 1](x / 2, y);
            outUpY[j](x, y) = 0.25f * outUpX[j](x, (y / 2) - 1 + 2 * (y % 2)) + 0.75f * outUpX[j](x, y / 2);
            outGPyramid[j](x, y) = outUpY[j](x, y) + outLPyramid[j](x, y);
        }

        color(x, y, c) = outGPyramid[0](x, y) * (clamped(x, y, c) + 0.01f) / (gray(x, y) + 0.01f);
        output(x, y, c) = cast<uint16_t>(clamp(color(x, y, c), 0.0f, 1.0f) * 65535.0f);

        input.set_estimates({{0, 768}, {0, 1280}, {0, 3}});
        levels.set_estimate(8);
        alpha.set_estimate(1.0f / 7.0f);
        beta.set_estimate(1.0f);
        output.set_estimates({{0, 768}, {0, 1280}, {0, 3}});

        if (!auto_schedule) {
            remap.compute_root();
            output.reorder(c, x, y).split(y, yo, yi, 64).parallel(yo).vectorize(x, 8);
            gray.compute_root().parallel(y, 32).vectorize(x, 8);
            for (int j = 1; j < J; j++) {
                if (j < 5) {
                    inGPyramid[j].compute_root().parallel(y, 32).vectorize(x, 8);
                    gPyramid[j].compute_root().reorder_storage(x, k, y).reorder(k, y).parallel(y, 8).vectorize(x, 8);
                    outGPyramid[j].compute_root().parallel(y, 32).vectorize(x, 8);
                } else {
                    inGPyramid[j].compute_root();
                    gPyramid[j].compute_root().parallel(k);
                    outGPyramid[j].compute_root();
                }
            }
        }
    }
};

}  // namespace

HALIDE_REGISTER_GENERATOR(LocalLaplacian, local_laplacian)
