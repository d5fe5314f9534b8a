// libFuzzer's driver for the fuzz targets beside this folder (see run.sh): each target's entry point
// hands its arguments and its `LLVMFuzzerTestOneInput` over to `runFuzzer`.

/// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer on the process's arguments with `callback` as the test of one input.
///
/// SwiftPM links an executable target's `main` to `<target>_main`, which would run the target's top
/// level and exit 0 without fuzzing anything (the fuzz step once passed that way, as a no-op); so each
/// target defines that symbol with `@_cdecl` and calls this.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, callback)
}
