// products: this thread's CPU time for one forward pass's 36 linear products (6 layers × Q, K, V,
// attention output, intermediate, output) of all-MiniLM-L6-v2, on the weights mapped from
// model.safetensors as the encoder maps them, by layout, interleaved round by round; median per token count.
//   tn        token-major X · Wᵀ, one cblas_sgemm call (OpenBLAS's general path, TN to it)
//   tn-split  the same, weight rows cut into blocks under 1,200 output cells and 10⁶ multiply-adds up to
//             16 tokens (ProductSplit before the feature-major layout)
//   nn        feature-major W · X, one call per block of weight rows under 10⁶ multiply-adds up to 96 tokens
//   nn-padded nn on the lanes ProductSplit.lanes(tokens:) gives (5–16 tokens → 16, n mod 32 > 22 → next 32)
//   nn-one    feature-major, one call
// usage: products MODEL.safetensors ROUNDS LENGTH... < offsets   (36 byte offsets, layer by layer, in the
// order above; bench/embedding/products/run.sh writes them and runs this with OPENBLAS_CORETYPE set)
#include <cblas.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>

extern void openblas_set_num_threads(int);
extern char *openblas_get_corename(void);

enum { layouts = 5, maximumRounds = 1000 };
static const char *names[layouts] = {"tn", "tn-split", "nn", "nn-padded", "nn-one"};
static const int inputs[6] = {384, 384, 384, 384, 384, 1536}, outputs[6] = {384, 384, 384, 384, 1536, 384};
static const float *weights[6][6];
static float *x, *y;

static double cpuMilliseconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static int aligned(int fitting) { return fitting >= 16 ? fitting - fitting % 16 : (fitting < 1 ? 1 : fitting); }

static int paddedLanes(int tokens) {
    if (tokens > 96) return tokens;
    if (tokens <= 16) return tokens <= 4 ? tokens : 16;
    return tokens % 32 > 22 ? tokens - tokens % 32 + 32 : tokens;
}

static void product(int layout, int tokens, const float *w, int in, int out) {
    if (layout == 0 || (layout == 1 && tokens > 16)) {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, tokens, out, in, 1, x, in, w, in, 1, y, out);
    } else if (layout == 1) {
        int limit = 1200 / tokens < 1000000 / (tokens * in) ? 1200 / tokens : 1000000 / (tokens * in);
        int block = aligned(limit);
        for (int first = 0; first < out; first += block) {
            int columns = out - first < block ? out - first : block;
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, tokens, columns, in, 1, x, in, w + (size_t)first * in,
                        in, 1, y + first, out);
        }
    } else {
        int lanes = layout == 3 ? paddedLanes(tokens) : tokens;
        int block = layout == 4 || lanes > 96 ? out : aligned(1000000 / (lanes * in));
        for (int first = 0; first < out; first += block) {
            int rows = out - first < block ? out - first : block;
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, rows, lanes, in, 1, w + (size_t)first * in, in, x,
                        lanes, 1, y + (size_t)first * lanes, lanes);
        }
    }
}

static double pass(int layout, int tokens) {
    double start = cpuMilliseconds();
    for (int layer = 0; layer < 6; layer++)
        for (int p = 0; p < 6; p++) product(layout, tokens, weights[layer][p], inputs[p], outputs[p]);
    return cpuMilliseconds() - start;
}

static int ascending(const void *a, const void *b) {
    double l = *(const double *)a, r = *(const double *)b;
    return (l > r) - (l < r);
}

int main(int argc, char **argv) {
    int rounds = argc > 2 ? atoi(argv[2]) : 0;
    if (argc < 4 || rounds < 1 || rounds > maximumRounds) {
        fprintf(stderr, "usage: products MODEL.safetensors ROUNDS(1...1000) LENGTH... < offsets\n");
        return 2;
    }
    int descriptor = open(argv[1], O_RDONLY);
    struct stat status;
    if (descriptor < 0 || fstat(descriptor, &status) != 0) return perror(argv[1]), 1;
    const char *base = mmap(NULL, status.st_size, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (base == MAP_FAILED) return perror("mmap"), 1;
    for (int layer = 0; layer < 6; layer++)
        for (int p = 0; p < 6; p++) {
            long offset;
            if (scanf("%ld", &offset) != 1 || offset < 0 || offset + 4L * inputs[p] * outputs[p] > status.st_size)
                return fprintf(stderr, "products: bad offsets\n"), 1;
            weights[layer][p] = (const float *)(base + offset);
        }
    openblas_set_num_threads(1);
    x = calloc(256 * 1536, sizeof(float));
    y = calloc(256 * 1536, sizeof(float));
    for (int i = 0; i < 256 * 1536; i++) x[i] = (float)(rand() % 1000) / 1000 - 0.5f;
    static double samples[layouts][maximumRounds];
    printf("OpenBLAS core %s, CPU ms per pass's products, median of %d\n\n| tokens |", openblas_get_corename(), rounds);
    for (int l = 0; l < layouts; l++) printf(" %s |", names[l]);
    printf("\n|---:|");
    for (int l = 0; l < layouts; l++) printf("---:|");
    printf("\n");
    for (int a = 3; a < argc; a++) {
        int tokens = atoi(argv[a]);
        if (tokens < 1 || tokens > 256) continue;
        for (int l = 0; l < layouts; l++) pass(l, tokens);
        for (int r = 0; r < rounds; r++)
            for (int l = 0; l < layouts; l++) samples[l][r] = pass(l, tokens);
        printf("| %d |", tokens);
        for (int l = 0; l < layouts; l++) {
            qsort(samples[l], rounds, sizeof(double), ascending);
            printf(" %.2f |", samples[l][rounds / 2]);
        }
        printf("\n");
        fflush(stdout);
    }
    return 0;
}
