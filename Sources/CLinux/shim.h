/* Linux system calls the Glibc module does not expose: epoll, eventfd, accept4 and SIOCOUTQ (for HTTPCore),
   and malloc_trim. */
#include <linux/sockios.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
/* malloc_trim, to hand freed memory back to the kernel: after a content reload (explainer-server)
   and after a TLS handshake flood (TLSContext). */
#include <malloc.h>

/* accept4 is declared only under _GNU_SOURCE, which the Glibc module is not built with. */
static inline int clinux_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
    return (int)syscall(SYS_accept4, fd, addr, len, flags);
}

/* Bytes in the socket's send queue the peer has not acknowledged yet (SIOCOUTQ); 0 when unknown. */
static inline int clinux_unsent_bytes(int fd) {
    int n = 0;
    return ioctl(fd, SIOCOUTQ, &n) == 0 ? n : 0;
}
