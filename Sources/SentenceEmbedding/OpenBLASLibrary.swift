import COpenBLAS
import Glibc

/// OpenBLAS, opened with `dlopen` the first time an encoder is made, after its kernel has been chosen.
///
/// The library is not linked into the binary, because a linked OpenBLAS reads `OPENBLAS_CORETYPE` before
/// `main` runs, when nothing of ours can have set it. Loading it here lets `BLASKernelChoice` pick the
/// kernel from the CPU's features first; the variable is set for the `dlopen` call only and removed again
/// afterwards, so the process environment (and any child's) is what the operator gave. Loading happens
/// once per process, on whichever thread gets there first (a Swift `static let`); every encoder shares
/// the result. OpenBLAS is then set to one thread (`openblas_set_num_threads(1)`, process-wide).
///
/// `setenv` and `unsetenv` are not safe against another thread's `getenv` at the same instant; the
/// window is one `dlopen`, once per process, and glibc never frees the strings a reader may hold. The
/// handle is never closed: the function pointers are used for the life of the process.
struct OpenBLASLibrary: @unchecked Sendable {
    /// The shared object opened: Debian's `libopenblas0-pthread` (or `-openmp`, `-serial`) provides it.
    static let soname = "libopenblas.so.0"

    /// The library for this process, or why it could not be opened.
    static let shared: Result<OpenBLASLibrary, ModelLoadError> = load()

    /// `cblas_sgemm`.
    let sgemm: COpenBLASSgemm
    /// What `openblas_get_corename()` answered after loading, such as `SkylakeX`.
    let coreName: String

    private static func load() -> Result<OpenBLASLibrary, ModelLoadError> {
        let variable = BLASKernelChoice.variable
        let operatorValue = getenv(variable).map { String(cString: $0) }
        let chosen = BLASKernelChoice.coreType(operatorValue: operatorValue, cpu: .current)
        if let chosen { setenv(variable, chosen, 1) }
        let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL)
        if chosen != nil { unsetenv(variable) }
        guard let handle else {
            return .failure(.libraryUnavailable(path: soname, reason: lastError()))
        }
        guard let sgemm = dlsym(handle, "cblas_sgemm"),
            let setThreads = dlsym(handle, "openblas_set_num_threads"),
            let coreName = dlsym(handle, "openblas_get_corename")
        else {
            return .failure(.libraryUnavailable(path: soname, reason: lastError()))
        }
        unsafeBitCast(setThreads, to: COpenBLASSetNumThreads.self)(1)
        let name = unsafeBitCast(coreName, to: COpenBLASGetCoreName.self)().map { String(cString: $0) } ?? "unknown"
        return .success(OpenBLASLibrary(sgemm: unsafeBitCast(sgemm, to: COpenBLASSgemm.self), coreName: name))
    }

    private static func lastError() -> String {
        dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
    }
}
