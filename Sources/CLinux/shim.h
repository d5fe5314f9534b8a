/* Linux system calls the Glibc module does not expose: epoll, eventfd and accept4 (for HTTPCore). */
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
/* malloc_trim, for TLSContext to hand a handshake flood's freed memory back to the kernel. */
#include <malloc.h>

/* accept4 is declared only under _GNU_SOURCE, which the Glibc module is not built with. */
static inline int clinux_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
    return (int)syscall(SYS_accept4, fd, addr, len, flags);
}
