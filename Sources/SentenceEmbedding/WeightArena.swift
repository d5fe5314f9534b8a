import Glibc

/// The one allocation that holds every layer's copied linear weights (`LinearWeight`), on huge pages
/// where the kernel allows them.
///
/// A forward pass streams all 42 MB of linear weights, more than this machine's L3 cache, so every
/// pass walks every page of them: on 4 KiB pages that is some 10,000 TLB misses a pass, and the
/// copied weights on ordinary pages made a 16-token pass 10–20 % slower than the page-cache mapping
/// they replaced. So the arena is aligned to 2 MiB and marked `MADV_HUGEPAGE` (the kernel's
/// `transparent_hugepage` is often `madvise`, as on this project's machine): it costs at most one
/// partly used huge page, and the weights are written once at load and only read afterwards.
final class WeightArena: @unchecked Sendable {
    /// A huge page on x86-64 and arm64 with 4 KiB base pages.
    static let alignment = 2 << 20
    /// The first of the floats asked for.
    let start: UnsafeMutablePointer<Float>

    /// Allocates room for `floats` floats (rounded up to whole huge pages), uninitialised.
    init(floats: Int) {
        precondition(floats > 0)
        let bytes = (floats * MemoryLayout<Float>.size + Self.alignment - 1) / Self.alignment * Self.alignment
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, Self.alignment, bytes) == 0, let memory else {
            fatalError("cannot allocate \(bytes) bytes for the model's weights")
        }
        // Advice only: without transparent huge pages the arena is ordinary memory, and just as correct.
        _ = madvise(memory, bytes, MADV_HUGEPAGE)
        self.start = memory.bindMemory(to: Float.self, capacity: floats)
    }

    deinit {
        free(start)
    }
}
