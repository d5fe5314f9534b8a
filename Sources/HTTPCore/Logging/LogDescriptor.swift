import Glibc

/// A file descriptor a log writes whole lines to (stdout, stderr), shared by the access and event logs.
enum LogDescriptor {
    /// Writes every byte, retrying short writes and EINTR; gives up quietly on any other failure,
    /// because a closed or failing log must not take the server down. Callers hold their own lock so
    /// lines from several threads never interleave.
    static func writeAll(_ bytes: [UInt8], to fileDescriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fileDescriptor, raw.baseAddress! + done, raw.count - done)
                if n > 0 {
                    done += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
