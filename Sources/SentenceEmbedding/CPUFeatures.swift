import COpenBLAS

/// The x86 vector extensions that decide which OpenBLAS kernel this process asks for.
///
/// Read with `cpuid` and `xgetbv` (`copenblas_cpu_features` in the COpenBLAS shim): a feature counts
/// only when the CPU has it and the kernel saves its registers on a context switch, so a VM that hides
/// AVX-512 state reads as AVX2. On other architectures every field is false.
package struct CPUFeatures: Equatable, Sendable {
    /// 256-bit integer vectors (AVX2).
    package var avx2: Bool
    /// Fused multiply-add (FMA3).
    package var fma: Bool
    /// The AVX-512 foundation.
    package var avx512Foundation: Bool
    /// AVX-512 byte and word instructions.
    package var avx512ByteWord: Bool
    /// AVX-512 doubleword and quadword instructions.
    package var avx512DoubleQuad: Bool
    /// AVX-512 on 128- and 256-bit registers (vector length extensions).
    package var avx512VectorLength: Bool

    /// Every field as given; for tests of the kernel choice.
    package init(
        avx2: Bool = false, fma: Bool = false, avx512Foundation: Bool = false, avx512ByteWord: Bool = false,
        avx512DoubleQuad: Bool = false, avx512VectorLength: Bool = false
    ) {
        self.avx2 = avx2
        self.fma = fma
        self.avx512Foundation = avx512Foundation
        self.avx512ByteWord = avx512ByteWord
        self.avx512DoubleQuad = avx512DoubleQuad
        self.avx512VectorLength = avx512VectorLength
    }

    /// The features of the CPU this process runs on.
    package static var current: CPUFeatures {
        let raw = copenblas_cpu_features()
        return CPUFeatures(
            avx2: raw.avx2 != 0, fma: raw.fma != 0, avx512Foundation: raw.avx512f != 0, avx512ByteWord: raw.avx512bw != 0,
            avx512DoubleQuad: raw.avx512dq != 0, avx512VectorLength: raw.avx512vl != 0)
    }

    /// AVX-512 F, BW, DQ and VL together: what OpenBLAS's SkylakeX kernels are written for.
    package var hasSkylakeXSet: Bool {
        avx512Foundation && avx512ByteWord && avx512DoubleQuad && avx512VectorLength
    }

    /// AVX2 and FMA together: what OpenBLAS's Haswell kernels are written for.
    package var hasHaswellSet: Bool { avx2 && fma }
}
