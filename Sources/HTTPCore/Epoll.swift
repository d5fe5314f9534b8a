import CLinux
import Glibc

/// A thin wrapper over one epoll instance and the eventfd other threads use to wake it.
///
/// Registrations are level-triggered: the loop reads once per readiness event and is told again while
/// bytes remain, which keeps one busy connection from starving the others.
struct Epoll {
    let fileDescriptor: Int32
    /// Written by `wake()` from any thread; the loop drains it when it fires.
    let wakeDescriptor: Int32

    static let readable = EPOLLIN.rawValue
    static let writable = EPOLLOUT.rawValue
    static let hangup = EPOLLHUP.rawValue | EPOLLERR.rawValue

    init() throws(SystemError) {
        fileDescriptor = try Syscall.runChecked("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
        wakeDescriptor = try Syscall.runChecked("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
        try add(wakeDescriptor, events: Self.readable)
    }

    func add(_ fd: Int32, events: UInt32) throws(SystemError) {
        try control(EPOLL_CTL_ADD, fd, events)
    }

    func modify(_ fd: Int32, events: UInt32) throws(SystemError) {
        try control(EPOLL_CTL_MOD, fd, events)
    }

    func remove(_ fd: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(fileDescriptor, EPOLL_CTL_DEL, fd, &event)
    }

    private func control(_ op: Int32, _ fd: Int32, _ events: UInt32) throws(SystemError) {
        var event = epoll_event()
        event.events = events
        event.data.fd = fd
        try Syscall.runChecked("epoll_ctl") { epoll_ctl(fileDescriptor, op, fd, &event) }
    }

    /// Waits up to `timeoutMilliseconds` and returns how many events were stored.
    func wait(into events: UnsafeMutableBufferPointer<epoll_event>, timeoutMilliseconds: Int32) throws(SystemError) -> Int {
        switch try Syscall.run("epoll_wait", { epoll_wait(fileDescriptor, events.baseAddress, Int32(events.count), timeoutMilliseconds) }) {
        case .value(let n): return Int(n)
        case .wouldBlock: return 0
        }
    }

    /// Wakes the loop from another thread.
    func wake() {
        var one: UInt64 = 1
        _ = Glibc.write(wakeDescriptor, &one, 8)
    }

    /// Consumes pending wake-ups.
    func drainWakeups() {
        var value: UInt64 = 0
        _ = Glibc.read(wakeDescriptor, &value, 8)
    }

    func close() {
        _ = Glibc.close(wakeDescriptor)
        _ = Glibc.close(fileDescriptor)
    }
}
