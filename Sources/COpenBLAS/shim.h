// OpenBLAS is not linked: SentenceEmbedding dlopens libopenblas.so.0 itself (OpenBLASLibrary.swift),
// after choosing the kernel for this CPU. cblas.h is here for its types only; calling one of its
// functions directly would fail to link.
#include <cblas.h>
#if defined(__x86_64__)
#include <cpuid.h>
#endif

/// The type of `cblas_sgemm`, for the pointer `dlsym` returns.
typedef __typeof__(&cblas_sgemm) COpenBLASSgemm;
/// The type of `openblas_set_num_threads`.
typedef __typeof__(&openblas_set_num_threads) COpenBLASSetNumThreads;
/// The type of `openblas_get_corename`.
typedef __typeof__(&openblas_get_corename) COpenBLASGetCoreName;

/// The x86 vector features the kernel choice depends on, each 1 only when the CPU has it and the
/// operating system saves its registers (XCR0), as OpenBLAS's own detection requires.
typedef struct {
    int avx2;
    int fma;
    int avx512f;
    int avx512bw;
    int avx512dq;
    int avx512vl;
} COpenBLASCPUFeatures;

static inline COpenBLASCPUFeatures copenblas_cpu_features(void) {
    COpenBLASCPUFeatures features = {0, 0, 0, 0, 0, 0};
#if defined(__x86_64__)
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return features;
    int osxsave = (ecx >> 27) & 1;
    int avx = (ecx >> 28) & 1;
    int fma = (ecx >> 12) & 1;
    if (!osxsave || !avx) return features;
    unsigned int xcr0_low, xcr0_high;
    __asm__ volatile("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    (void)xcr0_high;
    // XMM and YMM state (bits 1, 2); opmask, upper ZMM and high ZMM state (bits 5, 6, 7).
    int ymm = (xcr0_low & 0x6) == 0x6;
    int zmm = ymm && (xcr0_low & 0xE0) == 0xE0;
    if (!ymm) return features;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return features;
    features.fma = fma;
    features.avx2 = (ebx >> 5) & 1;
    if (zmm) {
        features.avx512f = (ebx >> 16) & 1;
        features.avx512dq = (ebx >> 17) & 1;
        features.avx512bw = (ebx >> 30) & 1;
        features.avx512vl = (ebx >> 31) & 1;
    }
#endif
    return features;
}
