/// Which OpenBLAS kernel family this process asks for, decided before the library loads.
///
/// OpenBLAS reads `OPENBLAS_CORETYPE` once, when it is loaded, and otherwise picks a kernel from the
/// CPU's model number. Debian 12's OpenBLAS 0.3.21 does not know CPUs newer than itself and falls back
/// to `Prescott` (SSE3) on them: on this project's 2-core Xeon (family 6, model 207, AVX-512) that made
/// a short query's forward pass about 21 ms and a 256-token one 444 ms, against 14.5 and 173 ms with
/// `SkylakeX`. So `OpenBLASLibrary` sets the variable from the CPU's features (read with `cpuid`) when
/// the operator has not, then loads the library:
///
/// - AVX-512 F, BW, DQ and VL: `SkylakeX`, which passes the parity test against sentence-transformers
///   (cosine ≥ 0.9999 and identical ids on every fixture text) and is the fastest kernel measured
///   here (bench/README.md, "Sentence embedding").
/// - AVX2 and FMA without those: `Haswell`.
/// - Anything else: nothing is set, and OpenBLAS's own detection decides.
///
/// An operator's own non-empty `OPENBLAS_CORETYPE` always wins and is passed through untouched
/// (OpenBLAS itself ignores a name it does not know). An empty value counts as unset.
package enum BLASKernelChoice {
    /// The environment variable OpenBLAS reads at load.
    package static let variable = "OPENBLAS_CORETYPE"

    /// The value to give `OPENBLAS_CORETYPE` before loading, or `nil` to leave the environment alone.
    ///
    /// - Parameters:
    ///   - operatorValue: the variable as the process found it, `nil` when unset.
    ///   - cpu: the features of the CPU.
    package static func coreType(operatorValue: String?, cpu: CPUFeatures) -> String? {
        if let operatorValue, !operatorValue.isEmpty { return nil }
        if cpu.hasSkylakeXSet { return "SkylakeX" }
        if cpu.hasHaswellSet { return "Haswell" }
        return nil
    }
}
