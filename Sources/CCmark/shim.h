#ifndef OCOP_CCMARK_SHIM_H
#define OCOP_CCMARK_SHIM_H
#include <cmark.h>
#endif
