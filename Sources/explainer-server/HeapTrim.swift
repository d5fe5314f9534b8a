import CLinux

/// Hands memory that glibc's allocator keeps after a reload back to the kernel.
///
/// A reload renders a whole new snapshot beside the old one, then frees the old one and its memo.
/// glibc keeps freed memory in its arenas for reuse, and only trims the top of the main heap on its
/// own; the rest stays resident, so without this RSS ratchets up with each reload (measured in
/// `bench/memory`, figures in `bench/README.md`, "Memory"). `malloc_trim(0)` returns every free page of
/// every arena; it takes a few milliseconds and runs on the reload thread, never on a loop.
/// The number of arenas is left at glibc's default: one arena (`MALLOC_ARENA_MAX=1`) held RSS about
/// 18 MiB lower under the worst request mix, at the price of every thread's allocations sharing one
/// lock, so it is an operator's choice in `Deploy/README.md`, not a default.
enum HeapTrim {
    /// Returns free heap pages to the kernel; called after each reload's swap.
    static func afterSwap() {
        _ = malloc_trim(0)
    }
}
