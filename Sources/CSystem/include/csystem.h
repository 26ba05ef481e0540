#ifndef OCOP_CSYSTEM_H
#define OCOP_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP).
/// Returns 0, or -1 with errno set (ENOSYS or EINVAL where the file system cannot do it).
int ocop_exchange_paths(const char *first, const char *second);

#endif
